package org.gridline.report;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.gridline.report.Rating.*;
import static org.junit.jupiter.api.Assertions.*;

/** The KPI arithmetic on a known fixture, worked out by hand below. */
class KpisTest {
    private static final Instant FROM = t("11-01T00:00");
    private static final Instant TO = t("12-01T00:00");
    private static final Instant NOW = t("11-29T12:00");
    private static final double EPS = 1e-9;

    /*
     * #  filed   deadline  resolved   hours  on time  rating  note
     * 1  11-02   11-03     11-02 10h   10    yes      满意
     * 2  11-03   11-04     11-04 06h   30    no       基本满意
     * 3  11-05   11-05 12h 11-05 04h    4    yes      不满意
     * 4  11-06   11-08     11-07       24    yes      -        closed unrated
     * 5  11-10   11-11     11-10 20h   20    yes      -        waiting for the rating
     * 6  11-20   11-21     -            -    -        -        open, overdue at NOW
     * 7  11-29   11-30     -            -    -        -        open, not yet due
     * 8  11-25   11-26     -            -    -        -        cancelled: out of every figure
     * 9  10-31 23h         ...                                 before the window
     * 10 12-01                                                 at `to`, which is exclusive
     * 11 11-15   11-16     11-17       48    no       满意
     *
     * received          = {1,2,3,4,5,6,7,11}          = 8
     * resolved          = {1,2,3,4,5,11}              = 6     resolutionRate = 6/8 = 0.75
     * on time           = {1,3,4,5}                   = 4
     * openOverdue       = {6}                         = 1     onTimeRate = 4 / (6 + 1) = 4/7
     * rated             = {1,2,3,11}                  = 4     satisfactionRate = (2 满意 + 1 基本满意) / 4 = 0.75
     * hours, sorted     = 4, 10, 20, 24, 30, 48               median = (20 + 24) / 2 = 22
     */
    private static final List<ReportFact> FIXTURE = List.of(
            done("11-02T00:00", "11-03T00:00", "11-02T10:00", SATISFIED, true),
            done("11-03T00:00", "11-04T00:00", "11-04T06:00", BASIC, true),
            done("11-05T00:00", "11-05T12:00", "11-05T04:00", UNSATISFIED, false),
            done("11-06T00:00", "11-08T00:00", "11-07T00:00", null, true),
            done("11-10T00:00", "11-11T00:00", "11-10T20:00", null, false),
            open("11-20T00:00", "11-21T00:00", false),
            open("11-29T00:00", "11-30T00:00", false),
            open("11-25T00:00", "11-26T00:00", true),
            done("10-31T23:00", "11-01T23:00", "11-01T01:00", SATISFIED, true),
            open("12-01T00:00", "12-02T00:00", false),
            done("11-15T00:00", "11-16T00:00", "11-17T00:00", SATISFIED, true));

    @Test
    void theFixtureGivesTheHandComputedFigures() {
        var k = Kpis.compute(FIXTURE, FROM, TO, NOW);
        assertEquals(8, k.received());
        assertEquals(6, k.resolved());
        assertEquals(0.75, k.resolutionRate(), EPS);
        assertEquals(4.0 / 7, k.onTimeRate(), EPS);
        assertEquals(0.75, k.satisfactionRate(), EPS);
        assertEquals(4, k.ratedCount());
        assertEquals(22.0, k.medianHoursToResolve(), EPS);
        assertEquals(1, k.openOverdue());
        assertEquals(1, k.cancelled());
    }

    @Test
    void noReportsGiveZeroCountsAndNoRates() {
        assertEquals(new KpiSummary(0, 0, null, null, null, 0, null, 0, 0), Kpis.compute(List.of(), FROM, TO, NOW));
    }

    @Test
    void onlyCancelledReportsCountAsNothing() {
        var k = Kpis.compute(List.of(open("11-25T00:00", "11-26T00:00", true)), FROM, TO, NOW);
        assertEquals(new KpiSummary(0, 0, null, null, null, 0, null, 0, 1), k);
    }

    @Test
    void openReportsNotYetDueLeaveTheOnTimeRateUndefined() {
        var k = Kpis.compute(List.of(open("11-29T00:00", "11-30T00:00", false)), FROM, TO, NOW);
        assertEquals(1, k.received());
        assertEquals(0.0, k.resolutionRate(), EPS);
        assertNull(k.onTimeRate());
        assertNull(k.satisfactionRate());
        assertNull(k.medianHoursToResolve());
    }

    @Test
    void anOddNumberOfResolvedReportsHasTheMiddleOneAsMedian() {
        var k = Kpis.compute(FIXTURE.subList(0, 3), FROM, TO, NOW); // 10, 30, 4 h
        assertEquals(10.0, k.medianHoursToResolve(), EPS);
    }

    @Test
    void resolvingExactlyAtTheDeadlineIsOnTime() {
        var k = Kpis.compute(List.of(done("11-02T00:00", "11-03T00:00", "11-03T00:00", null, false)), FROM, TO, NOW);
        assertEquals(1.0, k.onTimeRate(), EPS);
    }

    @Test
    void aReportWithoutADeadlineIsNeverOverdueNorLate() {
        var waiting = new ReportFact(t("11-02T00:00"), null, null, null, false, false);
        var resolved = new ReportFact(t("11-02T00:00"), t("11-20T00:00"), null, null, false, false);
        assertFalse(waiting.openAndOverdue(NOW));
        var k = Kpis.compute(List.of(waiting, resolved), FROM, TO, NOW);
        assertEquals(0, k.openOverdue());
        assertEquals(1.0, k.onTimeRate(), EPS);
    }

    private static ReportFact done(String filed, String deadline, String resolved, Rating rating, boolean closed) {
        return new ReportFact(t(filed), t(resolved), t(deadline), rating, closed, false);
    }

    private static ReportFact open(String filed, String deadline, boolean cancelled) {
        return new ReportFact(t(filed), null, t(deadline), null, false, cancelled);
    }

    private static Instant t(String monthDayTime) {
        return Instant.parse("2026-" + monthDayTime + ":00Z");
    }
}
