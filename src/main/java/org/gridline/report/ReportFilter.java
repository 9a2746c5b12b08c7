package org.gridline.report;

import org.gridline.platform.error.DomainException;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The optional filters of the report list, turned into a Panache query; null means "any". {@code overdue} (true or
 * false) compares with {@code now} by the {@link Overdue} rule.
 */
public record ReportFilter(String reporter, String grid, ReportStatus status, String category, Boolean overdue,
                           Instant now) {
    private static final String OVERDUE = "(status not in :final and deadline is not null"
            + " and ((status <> :suspended and deadline < :now)"
            + " or (status = :suspended and suspendedAt is not null and deadline < suspendedAt)))";

    /** The filter of a query string; an unknown status is 400 {@code invalid-status} naming the allowed values. */
    public static ReportFilter of(String reporter, String grid, String status, String category, Boolean overdue,
                                  Instant now) {
        return new ReportFilter(reporter, grid, status(status), category, overdue, now);
    }

    /** The same filter limited to one grid (a leader's). */
    public ReportFilter inGrid(String gridCode) {
        return new ReportFilter(reporter, gridCode, status, category, overdue, now);
    }

    String query() {
        List<String> terms = new ArrayList<>();
        equalities().keySet().forEach(name -> terms.add(column(name) + " = :" + name));
        if (overdue != null) {
            terms.add(overdue ? OVERDUE : "not " + OVERDUE);
        }
        return terms.isEmpty() ? "" : String.join(" and ", terms);
    }

    Map<String, Object> params() {
        Map<String, Object> params = equalities();
        if (overdue != null) {
            params.put("final", ReportStatus.FINAL);
            params.put("suspended", ReportStatus.SUSPENDED);
            params.put("now", now.atOffset(ZoneOffset.UTC));
        }
        return params;
    }

    private Map<String, Object> equalities() {
        Map<String, Object> params = new LinkedHashMap<>();
        put(params, "reporter", reporter);
        put(params, "grid", grid);
        put(params, "status", status);
        put(params, "category", category);
        return params;
    }

    private static ReportStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ReportStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.badRequest("invalid-status", "status is one of "
                    + Arrays.toString(ReportStatus.values()) + " (for overdue reports use overdue=true)");
        }
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
