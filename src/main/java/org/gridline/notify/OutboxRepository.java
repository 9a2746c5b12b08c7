package org.gridline.notify;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.platform.db.Sql;

import java.time.OffsetDateTime;

/**
 * The outbox's custom statements run in the caller's transaction ({@link Sql}); rows are written as
 * {@link OutboxMessage} entities. What delivery does (claim, outcomes) is {@link OutboxStore}'s, on the raw pool.
 */
@ApplicationScoped
class OutboxRepository {
    /** One round trip on the hot path: record the contact, and release held messages only if there are any. */
    private static final String WROTE = """
            WITH contact AS (
                INSERT INTO user_contact (openid, last_message_at) VALUES (?1, ?2)
                ON CONFLICT (openid) DO UPDATE SET last_message_at = greatest(user_contact.last_message_at, ?2))
            UPDATE outbox_message SET status = 'PENDING', next_attempt_at = ?3, attempts = 0,
                   version = version + 1
            WHERE openid = ?1 AND status = 'HELD'""";

    private final Sql sql;

    OutboxRepository(Sql sql) {
        this.sql = sql;
    }

    /** The user wrote at {@code at}: their last contact moves on, and their HELD rows are due at {@code now}. */
    Uni<Void> userWrote(String openid, OffsetDateTime at, OffsetDateTime now) {
        return sql.update(WROTE, openid, at, now).replaceWithVoid();
    }
}
