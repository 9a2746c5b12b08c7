package org.gridline.notify;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * How long a message is worth delivering, which is how long a failing platform is retried for it: a customer-service
 * reply until the user's 48 h reply window closes (then it becomes its fallback or waits, HELD, for the user), a notice
 * until its own deadline or, without one, {@code noticeLife} after it was written (then it is a dead letter).
 */
record UsefulLife(Duration replyWindow, Duration noticeLife) {

    /** The end of the message's useful life; {@code lastMessageAt} and {@code usefulUntil} may be null. */
    OffsetDateTime until(OutboxKind kind, OffsetDateTime createdAt, OffsetDateTime lastMessageAt,
                         OffsetDateTime usefulUntil) {
        if (kind == OutboxKind.CUSTOM) {
            return (lastMessageAt == null ? createdAt : lastMessageAt).plus(replyWindow);
        }
        return usefulUntil == null ? createdAt.plus(noticeLife) : usefulUntil;
    }

    boolean over(ClaimedMessage m, OffsetDateTime now) {
        return !now.isBefore(until(m.kind(), m.createdAt(), m.lastMessageAt(), m.usefulUntil()));
    }
}
