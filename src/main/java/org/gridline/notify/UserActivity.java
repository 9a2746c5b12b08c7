package org.gridline.notify;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A user wrote to us: the 48 h reply window reopens, and whatever was held for them (window closed, quota used up)
 * becomes due again, ahead of newer messages. Runs in the transaction that processes their message; its commit wakes
 * delivery (the outbox's trigger on HELD rows made PENDING sends NOTIFY, see {@link OutboxListener}).
 */
@ApplicationScoped
public class UserActivity {
    private final java.time.Clock clock;

    public UserActivity(java.time.Clock clock) {
        this.clock = clock;
    }

    public Uni<Void> wrote(String openid, Instant at) {
        OffsetDateTime when = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        // one round trip on the hot path: record the contact, and release held messages only if there are any
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        WITH contact AS (
                            INSERT INTO user_contact (openid, last_message_at) VALUES (?1, ?2)
                            ON CONFLICT (openid) DO UPDATE SET last_message_at = greatest(user_contact.last_message_at, ?2))
                        UPDATE outbox_message SET status = 'PENDING', next_attempt_at = ?3, attempts = 0,
                               version = version + 1
                        WHERE openid = ?1 AND status = 'HELD'""")
                .setParameter(1, openid).setParameter(2, when).setParameter(3, OffsetDateTime.now(clock)).executeUpdate())
                .replaceWithVoid();
    }
}
