package org.gridline.points;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The nightly ledger check ({@code gridline.points.check-cron}, default 03:00 Beijing time). Violations are logged at
 * ERROR and set the gauge {@code gridline_ledger_violations} (see {@link LedgerChecker}); it only reads, so running it
 * on every instance is harmless.
 */
@ApplicationScoped
public class LedgerCheckJob {
    private final LedgerChecker checker;

    public LedgerCheckJob(LedgerChecker checker) {
        this.checker = checker;
    }

    @Scheduled(identity = "ledger-check", cron = "${gridline.points.check-cron}",
            timeZone = "${gridline.points.check-time-zone}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> nightly() {
        return checker.check()
                .invoke(check -> Log.infof("Ledger check: %d violation kinds", check.violations()))
                .onFailure().invoke(e -> Log.errorf(e, "The ledger check could not run"))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
