package org.gridline.notify;

import org.gridline.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;

import static org.gridline.notify.CircuitBreaker.State.CLOSED;
import static org.gridline.notify.CircuitBreaker.State.HALF_OPEN;
import static org.gridline.notify.CircuitBreaker.State.OPEN;
import static org.junit.jupiter.api.Assertions.*;

class CircuitBreakerTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T08:00:00Z"));
    private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(2), Duration.ofSeconds(10), clock);

    /** Failures in a row open it; any answer in between starts the count again. {@code F} fails, {@code A} answers. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"F, CLOSED", "FF, CLOSED", "FFF, OPEN", "FFAFF, CLOSED", "FFAFFF, OPEN", "AAAFFF, OPEN",
            "FFFA, CLOSED"})
    void failuresInARowOpenIt(String sequence, CircuitBreaker.State expected) {
        sequence.chars().forEach(c -> {
            if (c == 'F') {
                breaker.failed();
            } else {
                breaker.answered();
            }
        });
        assertEquals(expected, breaker.state());
    }

    @Test
    void closedItLetsEveryClaimGoOpenItLetsNoneThenOneProbeWhenNothingIsInFlight() {
        assertEquals(32, breaker.permits(32, 5));
        openIt();
        assertEquals(0, breaker.permits(32, 0));
        assertEquals(Duration.ofSeconds(2), breaker.untilProbe());
        clock.advance(Duration.ofSeconds(2));
        assertEquals(0, breaker.permits(32, 4), "no probe while earlier sends are still under way");
        assertEquals(HALF_OPEN, breaker.state());
        assertEquals(1, breaker.permits(32, 0), "one probe");
        assertTrue(breaker.answered(), "the probe's answer closes it");
        assertEquals(32, breaker.permits(32, 1));
    }

    @Test
    void aFailedProbeOpensItForTwiceAsLongUpToTheLongestPause() {
        openIt();
        long[] expectedPauses = {4, 8, 10, 10};
        for (long pause : expectedPauses) {
            clock.advance(breaker.untilProbe());
            assertEquals(1, breaker.permits(10, 0));
            assertFalse(breaker.failed(), "a failed probe is not a new opening");
            assertEquals(OPEN, breaker.state());
            assertEquals(Duration.ofSeconds(pause), breaker.untilProbe());
        }
        clock.advance(Duration.ofSeconds(10));
        breaker.permits(10, 0);
        breaker.answered();
        openIt();
        assertEquals(Duration.ofSeconds(2), breaker.untilProbe(), "after recovery the pauses start short again");
    }

    @Test
    void failuresOfSendsStillUnderWayWhileOpenChangeNothing() {
        openIt();
        breaker.failed();
        breaker.failed();
        assertEquals(Duration.ofSeconds(2), breaker.untilProbe());
    }

    private void openIt() {
        assertFalse(breaker.failed());
        assertFalse(breaker.failed());
        assertTrue(breaker.failed(), "the third failure in a row opens it");
        assertEquals(OPEN, breaker.state());
    }
}
