package org.gridline.notify;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.platform.Page;
import org.gridline.platform.error.DomainException;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Staff's view of what delivery gave up on, and the way to try again (from attempt one, due now): the commit of a
 * retry wakes delivery (the outbox's trigger on DEAD rows made PENDING sends NOTIFY, see {@link OutboxListener}).
 */
@ApplicationScoped
public class DeadLetters {
    private final Clock clock;

    public DeadLetters(Clock clock) {
        this.clock = clock;
    }

    @WithSession
    public Uni<Page<DeadLetter>> list(int page, int size) {
        var query = OutboxMessage.<OutboxMessage>find("status", Sort.descending("id"), OutboxStatus.DEAD)
                .page(page, size);
        return query.<OutboxMessage>list().chain(items -> query.count()
                .map(total -> new Page<>(items.stream().map(DeadLetter::of).toList(), page, size, total)));
    }

    @WithTransaction
    public Uni<DeadLetter> retry(long id) {
        return OutboxMessage.<OutboxMessage>findById(id).map(m -> {
            if (m == null || m.status != OutboxStatus.DEAD) {
                throw DomainException.notFound("no-dead-letter", "No dead letter with id " + id);
            }
            revive(m);
            return DeadLetter.of(m);
        });
    }

    @WithTransaction
    public Uni<Integer> retryAll() {
        return OutboxMessage.update("status = ?1, attempts = 0, nextAttemptAt = ?2 where status = ?3",
                OutboxStatus.PENDING, OffsetDateTime.now(clock), OutboxStatus.DEAD);
    }

    private void revive(OutboxMessage m) {
        m.status = OutboxStatus.PENDING;
        m.attempts = 0;
        m.nextAttemptAt = OffsetDateTime.now(clock);
    }
}
