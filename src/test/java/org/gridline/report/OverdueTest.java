package org.gridline.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Overdue (超期): open, with a deadline that has passed; a suspended report's clock stands still. */
class OverdueTest {
    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-03T12:00:00+08:00");

    @ParameterizedTest(name = "{0}, deadline {1} h from now, suspended {2} h from now → overdue {3}")
    @CsvSource({
            "DISPATCHED, -1, , true",
            "DISPATCHED, 1, , false",
            "ACCEPTED, -0.5, , true",
            "RECEIVED, , , false",          // no deadline yet
            "REOPENED, -2, , true",
            "RETURNED, -2, , true",
            "RESOLVED, -2, , false",        // nobody has to act
            "CLOSED, -2, , false",
            "CANCELLED, -2, , false",
            "SUSPENDED, -2, -3, false",     // suspended before the deadline: the clock stopped in time
            "SUSPENDED, -2, -1, true",      // suspended after the deadline had passed
            "SUSPENDED, 2, -1, false",
    })
    void overdueFollowsTheStatusTheDeadlineAndTheSuspension(ReportStatus status, Double deadlineHours,
                                                            Double suspendedHours, boolean overdue) {
        assertEquals(overdue, Overdue.at(NOW.toInstant(), status, at(deadlineHours), at(suspendedHours)));
    }

    private static OffsetDateTime at(Double hours) {
        return hours == null ? null : NOW.plusSeconds((long) (hours * 3600));
    }
}
