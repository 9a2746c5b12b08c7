package org.gridline.inbox;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.ArrayList;
import java.util.List;

/**
 * The safety net under the channel: at start and then periodically, every user with a pending message that is due is
 * handed to the drainer. This is what makes an acknowledged message survive a crash between store and processing.
 */
@ApplicationScoped
public class InboxRedrive {
    private static final String DUE_USERS = """
            SELECT DISTINCT openid FROM inbox_message
            WHERE processed_at IS NULL AND failed_at IS NULL AND (next_attempt_at IS NULL OR next_attempt_at <= $1)
            LIMIT 10000""";

    private final Pool pool;
    private final InboxDrainer drainer;

    private final java.time.Clock clock;

    public InboxRedrive(Pool pool, InboxDrainer drainer, java.time.Clock clock) {
        this.pool = pool;
        this.drainer = drainer;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent start) {
        redrive().subscribe().with(n -> {
            if (n > 0) {
                Log.infof("Resuming pending inbox messages of %d users", n);
            }
        }, e -> Log.errorf("Inbox re-drive at start failed: %s", e.toString()));
    }

    @Scheduled(every = "${gridline.inbox.redrive-interval}", delayed = "${gridline.inbox.redrive-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> periodic() {
        return redrive().replaceWithVoid();
    }

    /** Signals every user with due pending messages; returns how many. */
    public Uni<Integer> redrive() {
        return pool.preparedQuery(DUE_USERS).execute(io.vertx.mutiny.sqlclient.Tuple.of(
                java.time.OffsetDateTime.now(clock))).map(rows -> {
            List<String> users = new ArrayList<>();
            for (Row row : rows) {
                users.add(row.getString(0));
            }
            users.forEach(drainer::request);
            return users.size();
        });
    }
}
