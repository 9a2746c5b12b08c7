package org.gridline.auth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.*;

class LoginThrottleTest {
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private static final String A = "203.0.113.1";
    private static final String B = "198.51.100.2";
    private final LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(15), Duration.ofSeconds(30),
            Duration.ofHours(1));

    @ParameterizedTest(name = "{0} failures from one address → wait {1} s after the last")
    @CsvSource({"1, 0", "4, 0", "5, 1", "6, 2", "7, 4", "8, 8", "12, 128", "14, 512", "15, 900", "40, 900"})
    void oneAddressWaitsTwiceAsLongAfterEachFailureBeyondTheFreeOnesUpToTheCap(int failures, long seconds) {
        for (int i = 0; i < failures; i++) {
            throttle.failed(A, "user" + i, T0);
        }
        assertEquals(Duration.ofSeconds(seconds), throttle.waitFor(A, "someone-else", T0));
        assertEquals(Duration.ZERO, throttle.waitFor(A, "someone-else", T0.plusSeconds(seconds)));
    }

    @Test
    void theWaitCountsFromTheLastFailure() {
        failTimes(A, "admin", 5, T0);
        assertEquals(Duration.ofMillis(400), throttle.waitFor(A, "admin", T0.plusMillis(600)));
        throttle.failed(A, "admin", T0.plusSeconds(1));
        assertEquals(Duration.ofSeconds(2), throttle.waitFor(A, "admin", T0.plusSeconds(1)));
    }

    @Test
    void aStrangersFailuresDoNotKeepTheRealUserOutFromAnotherAddress() {
        failTimes(A, "admin", 40, T0);
        assertEquals(Duration.ofMinutes(15), throttle.waitFor(A, "admin", T0));
        assertEquals(Duration.ZERO, throttle.waitFor(B, "admin", T0), "first attempt from B is checked at once");
        throttle.failed(B, "admin", T0);
        Duration afterTypo = throttle.waitFor(B, "admin", T0);
        assertTrue(afterTypo.compareTo(Duration.ofSeconds(30)) <= 0 && !afterTypo.isZero(), afterTypo.toString());
        assertEquals(Duration.ZERO, throttle.waitFor(B, "admin", T0.plusSeconds(30)));
    }

    @Test
    void manyAddressesGuessingOneUsernameAreEachSlowedDown() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("10.0.0." + i, "admin", T0);
        }
        assertEquals(Duration.ofSeconds(30), throttle.waitFor("10.0.0.3", "admin", T0));
        assertEquals(Duration.ZERO, throttle.waitFor("10.0.0.3", "leader-cs-01", T0), "other usernames are not slowed");
    }

    @Test
    void countsPerUsernameIgnoringCaseAndSpaces() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("10.0.0." + i, " Admin ", T0);
        }
        assertEquals(Duration.ofSeconds(1), throttle.waitFor("10.0.0.1", "admin", T0));
    }

    @Test
    void theRightPasswordFreesTheAddressFromTheUsernamesWaitButNotFromItsOwn() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("10.0.0." + i, "admin", T0);
        }
        throttle.succeeded("10.0.0.3", "admin");
        assertEquals(Duration.ZERO, throttle.waitFor("10.0.0.3", "admin", T0));
        failTimes(A, "admin", 6, T0);
        throttle.succeeded(A, "admin");
        assertEquals(Duration.ofSeconds(2), throttle.waitFor(A, "admin", T0));
    }

    @Test
    void failuresAreForgottenAfterAQuietHour() {
        failTimes(A, "admin", 20, T0);
        assertEquals(Duration.ZERO, throttle.waitFor(A, "admin", T0.plus(Duration.ofHours(1))));
        throttle.failed(A, "admin", T0.plus(Duration.ofHours(1)));
        assertEquals(Duration.ZERO, throttle.waitFor(A, "admin", T0.plus(Duration.ofHours(1))),
                "counting starts again");
    }

    @Test
    void manyDifferentNamesDoNotGrowMemoryForever() {
        for (int i = 0; i < 20_000; i++) {
            throttle.failed("10.1." + (i / 250) + "." + (i % 250), "guess" + i, T0);
        }
        throttle.failed(A, "late", T0.plus(Duration.ofHours(2)));
        assertTrue(throttle.tracked() < 10, "expired entries swept: " + throttle.tracked());
    }

    @Test
    void badSettingsAreConfigurationErrors() {
        assertThrows(IllegalArgumentException.class,
                () -> new LoginThrottle(0, Duration.ofMinutes(1), Duration.ofSeconds(1), Duration.ofHours(1)));
        assertThrows(IllegalArgumentException.class,
                () -> new LoginThrottle(5, Duration.ofHours(2), Duration.ofSeconds(1), Duration.ofHours(1)));
    }

    private void failTimes(String client, String username, int times, Instant at) {
        for (int i = 0; i < times; i++) {
            throttle.failed(client, username, at);
        }
    }
}
