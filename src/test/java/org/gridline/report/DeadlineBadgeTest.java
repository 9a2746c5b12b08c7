package org.gridline.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The queue's deadline badge: 100 hours allowed from hour 0, so amber from hour 75 and red after hour 100. */
class DeadlineBadgeTest {
    private static final OffsetDateTime START = OffsetDateTime.of(2026, 12, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    private static final OffsetDateTime DEADLINE = START.plusHours(100);

    @ParameterizedTest(name = "{0} at hour {1} (suspended at {2}) -> {3}")
    @CsvSource(nullValues = "-", value = {
            "RECEIVED,   0,   -,  GREEN",
            "DISPATCHED, 74,  -,  GREEN",
            "DISPATCHED, 75,  -,  AMBER",
            "ACCEPTED,   99,  -,  AMBER",
            "ACCEPTED,   100, -,  AMBER",
            "ACCEPTED,   101, -,  RED",
            "RETURNED,   200, -,  RED",
            "REOPENED,   80,  -,  AMBER",
            "SUSPENDED,  90,  10, GREEN",
            "SUSPENDED,  200, 80, AMBER",
            "SUSPENDED,  200, 101, RED",
            "RESOLVED,   200, -,  NONE",
            "CLOSED,     200, -,  NONE",
            "CANCELLED,  200, -,  NONE"})
    void theBadgeFollowsTheTimeUsed(ReportStatus status, int hour, Integer suspendedHour, DeadlineBadge expected) {
        Instant now = START.plusHours(hour).toInstant();
        OffsetDateTime suspendedAt = suspendedHour == null ? null : START.plusHours(suspendedHour);
        assertEquals(expected, DeadlineBadge.at(now, status, START, DEADLINE, suspendedAt));
    }

    @ParameterizedTest
    @CsvSource({"RECEIVED", "ACCEPTED"})
    void noDeadlineNoBadge(ReportStatus status) {
        assertEquals(DeadlineBadge.NONE, DeadlineBadge.at(START.toInstant(), status, START, null, null));
    }
}
