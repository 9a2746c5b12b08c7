package org.gridline.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The optional filters of the report list, turned into a Panache query; null means "any". */
public record ReportFilter(String reporter, String grid, ReportStatus status, String category) {

    /** The same filter limited to one grid (a leader's). */
    public ReportFilter inGrid(String gridCode) {
        return new ReportFilter(reporter, gridCode, status, category);
    }

    String query() {
        List<String> terms = new ArrayList<>();
        params().keySet().forEach(name -> terms.add(column(name) + " = :" + name));
        return terms.isEmpty() ? "" : String.join(" and ", terms);
    }

    Map<String, Object> params() {
        Map<String, Object> params = new LinkedHashMap<>();
        put(params, "reporter", reporter);
        put(params, "grid", grid);
        put(params, "status", status);
        put(params, "category", category);
        return params;
    }

    private static String column(String name) {
        return switch (name) {
            case "grid" -> "gridCode";
            case "category" -> "categoryCode";
            default -> name;
        };
    }

    private static void put(Map<String, Object> params, String name, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            params.put(name, value);
        }
    }
}
