package org.gridline.inbox;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * The safety net under the channel: at start and then periodically, every user with a pending message that is due is
 * handed to the drainer. This is what makes an acknowledged message survive a crash between store and processing.
 */
@ApplicationScoped
public class InboxRedrive {
    private final InboxRepository inbox;
    private final InboxDrainer drainer;
    private final Clock clock;

    public InboxRedrive(InboxRepository inbox, InboxDrainer drainer, Clock clock) {
        this.inbox = inbox;
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
        return inbox.dueUsers(OffsetDateTime.now(clock)).map(users -> {
            users.forEach(drainer::request);
            return users.size();
        });
    }
}
