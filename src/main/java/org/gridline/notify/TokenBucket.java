package org.gridline.notify;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A per-app send-rate limiter so workers stay under the platform's rate limits (45011) instead of discovering them.
 * A full bucket allows {@code capacity} sends at once, then {@code refillPerSecond} a second.
 *
 * <p>Implemented as its exact equivalent GCRA: a single "theoretical arrival time" in nanos advances by one emission
 * interval per token, and a send is allowed while it is at most {@code capacity - 1} intervals ahead of now.
 * Integer arithmetic (no drift), lock-free (one {@link AtomicLong} updated by CAS), so it never over-issues under
 * contention. The interval is rounded up to whole nanos, which can only make the limiter slightly stricter.
 * Time comes from an injected nano clock (monotonic, like {@link System#nanoTime()}), so tests do not sleep.
 */
public final class TokenBucket {
    private final long intervalNanos;
    private final long burstNanos;
    private final LongSupplier nanoTime;
    private final AtomicLong theoreticalArrival;

    public TokenBucket(long capacity, double refillPerSecond, LongSupplier nanoTime) {
        if (capacity < 1 || !(refillPerSecond > 0)) {
            throw new IllegalArgumentException("capacity >= 1 and refillPerSecond > 0");
        }
        this.intervalNanos = (long) Math.ceil(1_000_000_000d / refillPerSecond);
        this.burstNanos = Math.multiplyExact(capacity - 1, intervalNanos);
        this.nanoTime = Objects.requireNonNull(nanoTime);
        this.theoreticalArrival = new AtomicLong(nanoTime.getAsLong());
    }

    /** A bucket on the JVM's monotonic clock. */
    public static TokenBucket system(long capacity, double refillPerSecond) {
        return new TokenBucket(capacity, refillPerSecond, System::nanoTime);
    }

    /** Takes one token if there is one; never blocks. */
    public boolean tryAcquire() {
        long now = nanoTime.getAsLong();
        while (true) {
            long tat = theoreticalArrival.get();
            long start = tat - now > 0 ? tat : now;
            if (start - now > burstNanos) {
                return false;
            }
            if (theoreticalArrival.compareAndSet(tat, start + intervalNanos)) {
                return true;
            }
        }
    }

    /** How long until {@link #tryAcquire()} could succeed; 0 when a token is available now. */
    public long nanosUntilAvailable() {
        long wait = theoreticalArrival.get() - burstNanos - nanoTime.getAsLong();
        return Math.max(0, wait);
    }
}
