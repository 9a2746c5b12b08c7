package org.gridline.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gridline.report.KpiSummary;
import org.gridline.report.Kpis;
import org.gridline.report.ReportFact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The answer of {@code GET /api/stats}. */
public final class StatsViews {
    private StatsViews() {
    }

    @Schema(description = "KPIs (issue 7) of the reports filed from `from` to `to` (Beijing time, both inclusive), "
            + "as they stand at `asOf`. Rates are fractions in [0, 1], null when there is nothing to divide by.")
    public record Stats(LocalDate from, LocalDate to, Instant asOf,
                        @Schema(description = "Every report in scope, including those without a grid (ADMIN only)")
                        KpiSummary overall,
                        @Schema(description = "One entry per grid in scope, by grid code; reports without a grid "
                                + "are in withoutGrid") List<GridStats> grids,
                        @Schema(description = "The reports without a grid (the street's queue): for an ADMIN asking "
                                + "for no grid; null otherwise") KpiSummary withoutGrid) {

        /**
         * Groups the rows by grid. With a {@code scope} (a leader's grid or the one asked for) the one grid is listed;
         * without, every known grid and any other grid code the reports name.
         */
        static Stats of(StatsWindow window, Instant now, List<StatsRow> rows, Map<String, String> gridNames,
                        String scope) {
            var byGrid = rows.stream().filter(r -> r.gridCode() != null).collect(Collectors.groupingBy(
                    StatsRow::gridCode, TreeMap::new, Collectors.mapping(r -> r.fact(now), Collectors.toList())));
            var codes = new TreeSet<String>(byGrid.keySet());
            if (scope != null) {
                codes = new TreeSet<>(List.of(scope));
            } else {
                codes.addAll(gridNames.keySet());
            }
            var grids = codes.stream().map(code -> new GridStats(code, gridNames.get(code),
                    compute(byGrid.getOrDefault(code, List.of()), window, now))).toList();
            KpiSummary withoutGrid = scope != null ? null : compute(rows.stream().filter(r -> r.gridCode() == null)
                    .map(r -> r.fact(now)).toList(), window, now);
            return new Stats(window.from(), window.to(), now,
                    compute(rows.stream().map(r -> r.fact(now)).toList(), window, now), grids, withoutGrid);
        }

        private static KpiSummary compute(List<ReportFact> facts, StatsWindow window, Instant now) {
            return Kpis.compute(facts, window.start(), window.end(), now);
        }
    }

    @Schema(description = "The KPIs of one grid")
    public record GridStats(String grid, @Schema(description = "null when the grid is no longer in the city model")
                            String gridName, KpiSummary kpis) {
    }
}
