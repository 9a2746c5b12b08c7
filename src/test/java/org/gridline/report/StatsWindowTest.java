package org.gridline.report;

import org.gridline.platform.error.DomainException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.*;

/** The days of {@code GET /api/stats}: defaults, limits, and the instants of Beijing days. */
class StatsWindowTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-29");

    @ParameterizedTest(name = "from={0} to={1} → {2}..{3}")
    @CsvSource(nullValues = "-", value = {
            "-,          -,          2026-10-31, 2026-11-29",  // the last 30 days up to today
            "-,          2026-11-10, 2026-10-12, 2026-11-10",  // 30 days up to `to`
            "2026-11-01, -,          2026-11-01, 2026-11-29",  // up to today
            "2026-11-05, 2026-11-05, 2026-11-05, 2026-11-05",  // one day
            "2024-01-01, 2024-12-31, 2024-01-01, 2024-12-31",  // a leap year: 366 days, the most
            "' ',        '',         2026-10-31, 2026-11-29"}) // blank is absent
    void acceptedWindows(String from, String to, String start, String end) {
        assertEquals(new StatsWindow(LocalDate.parse(start), LocalDate.parse(end)), StatsWindow.parse(from, to, TODAY));
    }

    @ParameterizedTest(name = "from={0} to={1} → {2}")
    @CsvSource(nullValues = "-", value = {
            "2026-11-02, 2026-11-01, invalid-range",
            "2026-12-01, -,          invalid-range",   // after today, to omitted
            "2025-01-01, 2026-01-02, range-too-long",  // 367 days
            "2026-13-01, -,          invalid-date",
            "-,          29.11.2026, invalid-date"})
    void refusedWindows(String from, String to, String code) {
        var refused = assertThrows(DomainException.class, () -> StatsWindow.parse(from, to, TODAY));
        assertEquals(400, refused.status());
        assertEquals(code, refused.code());
    }

    @ParameterizedTest
    @CsvSource({"2026-11-01, 2026-11-30, 2026-10-31T16:00:00Z, 2026-11-30T16:00:00Z"})
    void theDaysAreBeijingDaysAndToIsInclusive(String from, String to, String start, String end) {
        var window = StatsWindow.parse(from, to, TODAY);
        assertEquals(Instant.parse(start), window.start());
        assertEquals(Instant.parse(end), window.end());
    }
}
