package org.gridline.report;

import org.gridline.report.Rating;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.*;

/** What the KPIs learn from a report's status and columns, at 11-29 12:00 (UTC in this table). */
class StatsRowTest {
    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

    @ParameterizedTest(name = "{0} resolved={1} deadline={2} suspended={3} → resolved {4}, overdue {5}")
    @CsvSource(nullValues = "-", value = {
            // status   resolved_at  deadline     suspended_at resolved overdue closed cancelled
            "RESOLVED,  11-02T10:00, 11-03T00:00, -,           true,    false,  false, false",
            "CLOSED,    11-02T10:00, 11-03T00:00, -,           true,    false,  true,  false",
            "CLOSED,    -,           11-03T00:00, -,           false,   false,  true,  false",
            // resolved once, open again
            "REOPENED,  11-02T10:00, 11-20T00:00, -,           false,   true,   false, false",
            "REOPENED,  11-02T10:00, 12-20T00:00, -,           false,   false,  false, false",
            "DISPATCHED, -,          11-20T00:00, -,           false,   true,   false, false",
            "ACCEPTED,  -,           11-30T00:00, -,           false,   false,  false, false",
            "RECEIVED,  -,           -,           -,           false,   false,  false, false", // no deadline yet
            "SUSPENDED, -,           11-20T00:00, 11-19T00:00, false,   false,  false, false", // clock stopped in time
            "SUSPENDED, -,           11-20T00:00, 11-21T00:00, false,   true,   false, false", // stopped when late
            "CANCELLED, -,           11-20T00:00, -,           false,   false,  false, true"})
    void theFactOfAReport(ReportStatus status, String resolvedAt, String deadline, String suspendedAt,
                          boolean resolved, boolean overdue, boolean closed, boolean cancelled) {
        var fact = new StatsRow("G", status, at("11-01T00:00"), at(resolvedAt), at(deadline), at(suspendedAt),
                Rating.BASIC).fact(NOW);
        assertEquals(resolved, fact.resolved());
        assertEquals(overdue, fact.openAndOverdue(NOW));
        assertEquals(closed, fact.closed());
        assertEquals(cancelled, fact.cancelled());
        assertEquals(Rating.BASIC, fact.rating());
    }

    private static OffsetDateTime at(String monthDayTime) {
        return monthDayTime == null ? null : OffsetDateTime.parse("2026-" + monthDayTime + ":00Z");
    }
}
