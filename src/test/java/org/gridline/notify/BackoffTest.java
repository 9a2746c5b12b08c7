package org.gridline.notify;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackoffTest {

    private static Backoff backoff(RandomGenerator random) {
        return new Backoff(Duration.ofMillis(100), Duration.ofSeconds(10), 6, random);
    }

    @ParameterizedTest(name = "attempt {0} → ceiling {1} ms")
    @CsvSource({"1, 100", "2, 200", "3, 400", "4, 800", "7, 6400", "8, 10000", "40, 10000", "2000000000, 10000"})
    void ceilingDoublesUntilTheCap(int attempt, long ceilingMillis) {
        assertEquals(Duration.ofMillis(ceilingMillis), backoff(new SplittableRandom(1)).ceiling(attempt));
    }

    @ParameterizedTest(name = "attempt {0}: lowest draw 0, highest draw {1} ms")
    @CsvSource({"1, 100", "3, 400", "9, 10000"})
    void fullJitterSpansZeroToTheCeilingInclusive(int attempt, long ceilingMillis) {
        assertEquals(Duration.ZERO, backoff(new FixedDraw(false)).nextDelay(attempt));
        assertEquals(Duration.ofMillis(ceilingMillis), backoff(new FixedDraw(true)).nextDelay(attempt));
    }

    @Test
    void sameSeedGivesTheSameDelays() {
        Backoff first = backoff(new SplittableRandom(42));
        Backoff second = backoff(new SplittableRandom(42));
        IntStream.rangeClosed(1, 20).forEach(a -> assertEquals(first.nextDelay(a), second.nextDelay(a)));
    }

    @Test
    void seededDrawsStayWithinBoundsAndAverageHalfTheCeiling() {
        Backoff backoff = backoff(new SplittableRandom(7));
        long sum = 0;
        int draws = 20_000;
        for (int i = 0; i < draws; i++) {
            long ms = backoff.nextDelay(4).toMillis();
            assertTrue(ms >= 0 && ms <= 800, "out of bounds: " + ms);
            sum += ms;
        }
        double mean = (double) sum / draws;
        assertEquals(400.0, mean, 8.0, "uniform on [0, 800] has mean 400; 20k draws keep it within ~2%");
    }

    @ParameterizedTest(name = "after {0} attempts of 6 exhausted={1}")
    @CsvSource({"1, false", "5, false", "6, true", "7, true"})
    void exhaustedCountsEveryAttempt(int attempt, boolean exhausted) {
        assertEquals(exhausted, backoff(new SplittableRandom(1)).exhausted(attempt));
    }

    @Test
    void rejectsNonsense() {
        RandomGenerator r = new SplittableRandom(1);
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ZERO, Duration.ofSeconds(1), 3, r));
        assertThrows(IllegalArgumentException.class, () ->
                new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1), 3, r));
        assertThrows(IllegalArgumentException.class, () ->
                new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 0, r));
        assertThrows(IllegalArgumentException.class, () -> backoff(r).nextDelay(0));
        assertFalse(backoff(r).exhausted(0));
    }

    /** A generator that always draws the lowest or the highest value of the asked range. */
    private record FixedDraw(boolean highest) implements RandomGenerator {
        @Override
        public long nextLong() {
            throw new UnsupportedOperationException();
        }

        @Override
        public long nextLong(long origin, long bound) {
            return highest ? bound - 1 : origin;
        }
    }
}
