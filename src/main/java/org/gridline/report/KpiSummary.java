package org.gridline.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The figures of {@code GET /api/stats}. Rates are fractions in [0, 1], and null when their denominator is 0: "no data"
 * is not "0 %" and must not read as a bad score.
 *
 * @param cancelled cancelled reports filed in the window; shown for transparency, excluded from everything else
 */
public record KpiSummary(
        @Schema(description = "Reports filed in the window, cancelled ones excepted") int received,
        @Schema(description = "Of those, resolved (办结) or closed after resolving") int resolved,
        @Schema(description = "办结率: resolved ÷ received") Double resolutionRate,
        @Schema(description = "按时办结率: resolved on time ÷ (resolved + open and overdue)") Double onTimeRate,
        @Schema(description = "满意率: (满意 + 基本满意) ÷ rated") Double satisfactionRate,
        @Schema(description = "Reports with a resident's rating") int ratedCount,
        @Schema(description = "Median hours from filing to (last) resolving") Double medianHoursToResolve,
        @Schema(description = "Neither resolved nor ended, and past the deadline") int openOverdue,
        @Schema(description = "作废 reports filed in the window, left out of every other figure") int cancelled) {
}
