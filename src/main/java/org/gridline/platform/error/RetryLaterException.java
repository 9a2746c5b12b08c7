package org.gridline.platform.error;

import java.time.Duration;

/** A refusal (usually 429) that the caller may try again after a known wait; answered with {@code Retry-After}. */
public class RetryLaterException extends DomainException {
    private final Duration retryAfter;

    public RetryLaterException(int status, String code, String message, Duration retryAfter) {
        super(status, code, message);
        this.retryAfter = retryAfter;
    }

    /** Whole seconds to wait, rounded up, at least 1. */
    public long retryAfterSeconds() {
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
