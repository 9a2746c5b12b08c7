package org.gridline.notify;

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
    private final OutboxRepository outbox;
    private final java.time.Clock clock;

    public UserActivity(OutboxRepository outbox, java.time.Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    public Uni<Void> wrote(String openid, Instant at) {
        OffsetDateTime when = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        return outbox.userWrote(openid, when, OffsetDateTime.now(clock));
    }
}
