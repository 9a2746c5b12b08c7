package org.gridline.notify;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Delays between delivery attempts: exponential growth with "full jitter" (a uniform draw in
 * {@code [0, min(cap, base * 2^(attempt-1))]}), so that many workers retrying the same busy platform
 * spread out instead of hitting it again in lock-step.
 *
 * <p>{@code attempt} is the number of attempts already made (1 after the first failure). {@code maxAttempts}
 * counts every try, the first one included. Deterministic for a given {@link RandomGenerator}; the generator
 * must be safe for the calling threads (give each worker its own, or pass a thread-safe one).
 */
public final class Backoff {
    private final long baseMillis;
    private final long capMillis;
    private final int maxAttempts;
    private final RandomGenerator random;

    public Backoff(Duration base, Duration cap, int maxAttempts, RandomGenerator random) {
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("need 0 < base <= cap and maxAttempts >= 1");
        }
        this.baseMillis = base.toMillis();
        this.capMillis = cap.toMillis();
        this.maxAttempts = maxAttempts;
        this.random = Objects.requireNonNull(random);
    }

    /** The delay to wait after {@code attempt} failed attempts, before the next one. */
    public Duration nextDelay(int attempt) {
        return Duration.ofMillis(random.nextLong(0, ceilingMillis(attempt) + 1));
    }

    /** The largest delay {@link #nextDelay} can return for this attempt. */
    public Duration ceiling(int attempt) {
        return Duration.ofMillis(ceilingMillis(attempt));
    }

    /** True when {@code attempt} attempts have used up the budget: do not try again. */
    public boolean exhausted(int attempt) {
        return attempt >= maxAttempts;
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    private long ceilingMillis(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt starts at 1, was " + attempt);
        }
        int shift = Math.min(attempt - 1, 62);
        long grown = baseMillis > (capMillis >> shift) ? capMillis : baseMillis << shift;
        return Math.min(capMillis, grown);
    }
}
