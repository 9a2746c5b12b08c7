package org.gridline.notify;

/**
 * PENDING (due at next_attempt_at) → SENDING (claimed by one worker) → SENT; or back to PENDING for a retry, HELD
 * until the user writes again (reply window closed, quota), DEAD (a dead letter, retryable by staff), or SKIPPED
 * (nothing may be sent: no subscription, or the user refused, and no customer-service fallback).
 */
public enum OutboxStatus {
    PENDING, SENDING, SENT, HELD, DEAD, SKIPPED
}
