package org.gridline.points;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Every {@code gridline.points.expiry-check-interval}, voids the redemptions nobody picked up in time. */
@ApplicationScoped
public class RedemptionExpiryJob {
    private final RedemptionService redemptions;

    public RedemptionExpiryJob(RedemptionService redemptions) {
        this.redemptions = redemptions;
    }

    void schedule(@Observes StartupEvent start, Scheduler scheduler, PointsConfig config, io.vertx.core.Vertx vertx) {
        String every = config.expiryCheckInterval().toMillis() + "ms";
        scheduler.newJob("redemption-expiry").setInterval(every).setDelayed(every)
                .setConcurrentExecution(io.quarkus.scheduler.Scheduled.ConcurrentExecution.SKIP)
                .setAsyncTask(execution -> org.gridline.platform.SafeContext.run(vertx, redemptions::expireDue)
                        .invoke(n -> {
                            if (n > 0) {
                                Log.infof("%d redemptions expired; their points and units are back", n);
                            }
                        }).replaceWithVoid())
                .schedule();
    }
}
