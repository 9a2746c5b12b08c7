package org.gridline.report.workorder;

/**
 * The figures of {@code GET /api/stats}. Rates are fractions in [0, 1], and null when their denominator is 0: "no data"
 * is not "0 %" and must not read as a bad score.
 *
 * @param cancelled cancelled reports filed in the window; shown for transparency, excluded from everything else
 */
public record KpiSummary(int received, int resolved, Double resolutionRate, Double onTimeRate, Double satisfactionRate,
                         int ratedCount, Double medianHoursToResolve, int openOverdue, int cancelled) {
}
