package org.gridline.notify;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenBucketTest {
    private static final long SECOND = 1_000_000_000L;
    /** Starts far from zero so nothing depends on the clock's origin, as with System.nanoTime(). */
    private final AtomicLong now = new AtomicLong(-7 * SECOND);

    private int drain(TokenBucket bucket, int requests) {
        int granted = 0;
        for (int i = 0; i < requests; i++) {
            granted += bucket.tryAcquire() ? 1 : 0;
        }
        return granted;
    }

    /**
     * Checked once a simulated second, so the capacity must hold a second of refill (a smaller bucket caps each check).
     */
    @ParameterizedTest(name = "capacity {0}, 100/s: burst of 10,000 → {0}, then 100 per second")
    @CsvSource({"100", "250", "1000"})
    void burstGetsCapacityThenTheRefillRate(int capacity) {
        TokenBucket bucket = new TokenBucket(capacity, 100, now::get);
        int left = 10_000 - drain(bucket, 10_000);
        assertEquals(10_000 - capacity, left);
        for (int second = 1; second <= 20; second++) {
            now.addAndGet(SECOND);
            int granted = drain(bucket, left);
            assertEquals(100, granted, "second " + second);
            left -= granted;
        }
    }

    @ParameterizedTest(name = "after {0} ms idle → {1} tokens")
    @CsvSource({"0, 0", "9, 0", "10, 1", "505, 50", "1000, 100", "60000, 100"})
    void refillsProportionallyUpToTheCapacity(long idleMillis, int expected) {
        TokenBucket bucket = new TokenBucket(100, 100, now::get);
        drain(bucket, 100);
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(idleMillis));
        assertEquals(expected, drain(bucket, 1_000));
    }

    @Test
    void tellsHowLongUntilTheNextToken() {
        TokenBucket bucket = new TokenBucket(2, 100, now::get);
        assertEquals(0, bucket.nanosUntilAvailable());
        drain(bucket, 2);
        assertEquals(10_000_000, bucket.nanosUntilAvailable());
        now.addAndGet(9_999_999);
        assertEquals(1, bucket.nanosUntilAvailable());
        assertFalse(bucket.tryAcquire());
        now.addAndGet(1);
        assertEquals(0, bucket.nanosUntilAvailable());
        assertTrue(bucket.tryAcquire());
    }

    @Test
    void eightThreadsOnAStoppedClockGetExactlyTheCapacity() throws Exception {
        TokenBucket bucket = new TokenBucket(1_000, 100, now::get);
        assertEquals(1_000, hammer(bucket, false));
    }

    @Test
    void eightThreadsWithTheClockMovingNeverOverIssue() throws Exception {
        TokenBucket bucket = new TokenBucket(1_000, 100, now::get);
        int granted = hammer(bucket, true);
        // 8 threads × 20 steps of 10 ms = 1.6 s simulated: at most 1,000 + 160 (refill into a full bucket is lost)
        assertTrue(granted >= 1_000 && granted <= 1_160, "granted " + granted);
    }

    /** 8 threads × 20,000 tryAcquire, released together; each moves the clock 10 ms every 1,000 tries if asked. */
    private int hammer(TokenBucket bucket, boolean moveClock) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            results.add(pool.submit(() -> {
                start.await();
                int granted = 0;
                for (int i = 1; i <= 20_000; i++) {
                    granted += bucket.tryAcquire() ? 1 : 0;
                    if (moveClock && i % 1_000 == 0) {
                        now.addAndGet(SECOND / 100);
                    }
                }
                return granted;
            }));
        }
        start.countDown();
        int total = 0;
        for (Future<Integer> result : results) {
            total += result.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        return total;
    }
}
