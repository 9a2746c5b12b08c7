package org.gridline.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The KPI arithmetic of the glossary, over the reports filed in [from, to) as they stand at {@code now}.
 * <ul>
 *   <li>Cancelled (作废) reports are left out of every count and rate: a duplicate or invalid report is not work the grid
 *   failed to do, and counting it would punish the grid for the residents' double filings.</li>
 *   <li>resolutionRate = resolved ÷ received; onTimeRate = resolved on time ÷ (resolved + open and overdue);
 *   satisfactionRate = (满意 + 基本满意) ÷ rated.</li>
 *   <li>A rate with a zero denominator is null; the median of no durations is null.</li>
 * </ul>
 */
public final class Kpis {
    private Kpis() {
    }

    public static KpiSummary compute(List<ReportFact> facts, Instant from, Instant to, Instant now) {
        List<ReportFact> filed = facts.stream()
                .filter(f -> !f.filedAt().isBefore(from) && f.filedAt().isBefore(to)).toList();
        List<ReportFact> counted = filed.stream().filter(f -> !f.cancelled()).toList();
        List<ReportFact> resolved = counted.stream().filter(ReportFact::resolved).toList();
        int onTime = (int) resolved.stream().filter(ReportFact::resolvedOnTime).count();
        int overdue = (int) counted.stream().filter(f -> f.openAndOverdue(now)).count();
        List<Rating> ratings = counted.stream().map(ReportFact::rating).filter(r -> r != null).toList();
        int satisfied = (int) ratings.stream().filter(Rating::satisfied).count();
        return new KpiSummary(counted.size(), resolved.size(), rate(resolved.size(), counted.size()),
                rate(onTime, resolved.size() + overdue), rate(satisfied, ratings.size()), ratings.size(),
                medianHours(resolved), overdue, filed.size() - counted.size());
    }

    static Double rate(int numerator, int denominator) {
        return denominator == 0 ? null : (double) numerator / denominator;
    }

    static Double medianHours(List<ReportFact> resolved) {
        double[] hours = resolved.stream()
                .mapToDouble(f -> Duration.between(f.filedAt(), f.resolvedAt()).toMinutes() / 60.0).sorted().toArray();
        if (hours.length == 0) {
            return null;
        }
        int mid = hours.length / 2;
        return hours.length % 2 == 1 ? hours[mid] : (hours[mid - 1] + hours[mid]) / 2;
    }
}
