package org.gridline.auth;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.*;

class LoginThrottleTest {
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(3);

    @Test
    void refusesAfterTheLimitWithinAMinuteAndAllowsAgainWhenTheOldestFailureIsAMinuteOld() {
        for (int i = 0; i < 3; i++) {
            assertTrue(throttle.allows("admin", T0.plusSeconds(i)));
            throttle.failed("admin", T0.plusSeconds(i));
        }
        assertFalse(throttle.allows("admin", T0.plusSeconds(10)));
        assertFalse(throttle.allows("admin", T0.plusSeconds(59)));
        assertTrue(throttle.allows("admin", T0.plusSeconds(60)));
    }

    @Test
    void countsPerUsernameIgnoringCaseAndSpaces() {
        for (int i = 0; i < 3; i++) {
            throttle.failed(" Admin ", T0);
        }
        assertFalse(throttle.allows("admin", T0));
        assertTrue(throttle.allows("leader-cs-01", T0));
    }

    @Test
    void aSuccessForgetsEarlierFailures() {
        throttle.failed("admin", T0);
        throttle.failed("admin", T0);
        throttle.succeeded("admin");
        throttle.failed("admin", T0);
        throttle.failed("admin", T0);
        assertTrue(throttle.allows("admin", T0));
    }

    @Test
    void manyDifferentNamesDoNotGrowMemoryForever() {
        for (int i = 0; i < 20_000; i++) {
            throttle.failed("guess" + i, T0);
        }
        throttle.failed("late", T0.plusSeconds(120));
        assertTrue(throttle.allows("guess1", T0.plusSeconds(120)));
    }

    @Test
    void aLimitBelowOneIsAConfigurationError() {
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle(0));
    }
}
