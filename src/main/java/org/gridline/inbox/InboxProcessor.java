package org.gridline.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.wechat.InboundMessage;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Processes a user's oldest pending message in one transaction: a per-user advisory lock (so two instances never
 * process one user's messages concurrently or out of order), the handler's domain change, and the "processed" mark.
 * A failure rolls all of it back and is recorded on the row in a transaction of its own; the message is retried
 * with a doubling delay and, after the attempt limit, set aside as failed so that it does not block the user's queue.
 */
@ApplicationScoped
public class InboxProcessor {
    private final InboxRepository inbox;
    private final InboundHandler handler;
    private final ObjectMapper json;
    private final InboxConfig config;
    private final Clock clock;

    public InboxProcessor(InboxRepository inbox, InboundHandler handler, ObjectMapper json, InboxConfig config,
                          Clock clock) {
        this.inbox = inbox;
        this.handler = handler;
        this.json = json;
        this.config = config;
        this.clock = clock;
    }

    /** Processes the oldest due message of {@code openid}; emits false when there is none (or it is not yet due). */
    public Uni<Boolean> processNext(String openid) {
        AtomicReference<Long> current = new AtomicReference<>();
        return Panache.withTransaction(() -> inbox.lockUser(openid)
                        .chain(() -> inbox.next(openid))
                        .chain((InboxMessage message) -> {
                            if (message == null || !isDue(message)) {
                                return Uni.createFrom().item(false);
                            }
                            current.set(message.id);
                            return handler.handle(decode(message))
                                    .chain(() -> inbox.markProcessed(message.id, OffsetDateTime.now(clock)))
                                    .replaceWith(true);
                        }))
                .onFailure().recoverWithUni(failure -> recordFailure(current.get(), failure).replaceWith(false));
    }

    private boolean isDue(InboxMessage message) {
        return message.nextAttemptAt == null || !message.nextAttemptAt.toInstant().isAfter(clock.instant());
    }

    private Uni<Void> recordFailure(Long id, Throwable failure) {
        if (id == null) {
            Log.warnf("Inbox processing failed before a message was taken: %s", failure.toString());
            return Uni.createFrom().voidItem();
        }
        return Panache.withTransaction(() -> InboxMessage.<InboxMessage>findById(id).invoke((InboxMessage m) -> {
            m.attempts++;
            m.lastError = truncate(failure.toString());
            if (m.attempts >= config.maxAttempts()) {
                m.failedAt = OffsetDateTime.now(clock);
                Log.errorf("Inbox message %d set aside after %d attempts: %s", id, m.attempts, m.lastError);
            } else {
                Duration delay = config.retryDelay().multipliedBy(1L << Math.min(m.attempts - 1, 16));
                m.nextAttemptAt = OffsetDateTime.now(clock).plus(delay);
                Log.warnf("Inbox message %d failed (attempt %d), retry in %s: %s", id, m.attempts, delay, m.lastError);
            }
        })).replaceWithVoid().onFailure().recoverWithItem(e -> {
            Log.errorf("Could not record the failure of inbox message %d: %s", id, e.toString());
            return null;
        });
    }

    private InboundMessage decode(InboxMessage message) {
        try {
            return json.readValue(message.payload, InboundMessage.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Stored inbox message " + message.id + " cannot be read", e);
        }
    }

    private static String truncate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500);
    }
}
