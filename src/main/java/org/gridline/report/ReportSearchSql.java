package org.gridline.report;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A {@link ReportSearch} as native SQL over {@code report}: the conditions with their positional parameters
 * ({@code ?1} …), the order, the page. The date range always applies, so the search runs on the
 * {@code created_at} indexes; the text is matched with {@code ILIKE}, its {@code %}, {@code _} and {@code \} escaped.
 */
final class ReportSearchSql {
    /** {@link Overdue} as SQL: open, with a deadline passed (a suspended one: passed when it was suspended). */
    static final String OVERDUE = "(status NOT IN ('RESOLVED', 'CLOSED', 'CANCELLED') AND deadline IS NOT NULL"
            + " AND ((status <> 'SUSPENDED' AND deadline < ?{now})"
            + " OR (status = 'SUSPENDED' AND suspended_at IS NOT NULL AND deadline < suspended_at)))";

    /** The state changes of the export, from each report's timeline (its index: report_id, at). */
    private static final String STATE_TIMES = " LEFT JOIN LATERAL (SELECT"
            + " min(e.at) FILTER (WHERE e.action IN ('DISPATCH', 'REDISPATCH')) AS ev_dispatched,"
            + " min(e.at) FILTER (WHERE e.action = 'ACCEPT') AS ev_accepted,"
            + " max(e.at) FILTER (WHERE e.action = 'RESOLVE') AS ev_resolved,"
            + " max(e.at) FILTER (WHERE e.action IN ('RATE_SATISFIED', 'RATE_BASIC', 'CLOSE_UNRATED')) AS ev_closed,"
            + " max(e.at) FILTER (WHERE e.action = 'CANCEL') AS ev_cancelled"
            + " FROM report_event e WHERE e.report_id = r.id) t ON true";

    private final String placeholder;
    private final List<Object> params = new ArrayList<>();
    private final String where;
    private final int whereParams;
    private final String order;

    /** With Hibernate's placeholders ({@code ?1}). */
    ReportSearchSql(ReportSearch search, Instant now) {
        this(search, now, "?");
    }

    /** With the given placeholder before each parameter's number: {@code ?} (Hibernate) or {@code $} (Vert.x). */
    ReportSearchSql(ReportSearch search, Instant now, String placeholder) {
        this.placeholder = placeholder;
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        List<String> terms = new ArrayList<>();
        terms.add("created_at >= " + param(search.start().atOffset(ZoneOffset.UTC)));
        terms.add("created_at < " + param(search.end().atOffset(ZoneOffset.UTC)));
        in(terms, "grid_code", search.grids());
        in(terms, "category_code", search.categories());
        equal(terms, "status", search.status() == null ? null : search.status().name());
        equal(terms, "assignee", search.assignee());
        equal(terms, "department_code", search.department());
        if (search.overdueOnly()) {
            terms.add(OVERDUE.replace("?{now}", param(at)));
        }
        if (search.q() != null) {
            terms.add("description ILIKE " + param("%" + escapeLike(search.q()) + "%") + " ESCAPE '\\'");
        }
        where = String.join(" AND ", terms);
        whereParams = params.size();
        order = order(search, at);
    }

    /** The page of rows, as {@code report} rows. */
    String select(long offset, int limit) {
        return "SELECT * FROM report WHERE " + where + " ORDER BY " + order + " LIMIT " + limit + " OFFSET " + offset;
    }

    /** Every matching report in the order, with its state-change times (the columns {@link ExportRow} reads). */
    String export() {
        return "SELECT r.number, r.category_code, r.grid_code, r.status, r.level, r.created_at, t.ev_dispatched,"
                + " t.ev_accepted, t.ev_resolved, t.ev_closed, t.ev_cancelled, r.deadline, r.suspended_at,"
                + " r.assignee, r.department_code, r.rating, r.latitude, r.longitude, r.description"
                + " FROM report r" + STATE_TIMES + " WHERE " + where + " ORDER BY " + order;
    }

    String count() {
        return "SELECT count(*) FROM report WHERE " + where;
    }

    /** The parameters of {@link #select}. */
    List<Object> params() {
        return List.copyOf(params);
    }

    /** The parameters of {@link #count} (the order's are not in it). */
    List<Object> countParams() {
        return List.copyOf(params.subList(0, whereParams));
    }

    /** {@code %}, {@code _} and {@code \} match themselves (the escape character is {@code \}). */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private String order(ReportSearch search, OffsetDateTime now) {
        String dir = search.ascending() ? "ASC" : "DESC";
        return switch (search.sort()) {
            case FILED -> "created_at " + dir + ", id " + dir;
            case DEADLINE -> "deadline " + dir + " NULLS LAST, id " + dir;
            case LEFT -> "(status IN ('RESOLVED', 'CLOSED', 'CANCELLED') OR deadline IS NULL), CASE WHEN status ="
                    + " 'SUSPENDED' AND suspended_at IS NOT NULL THEN deadline - suspended_at ELSE deadline - CAST("
                    + param(now) + " AS timestamptz) END " + dir + ", id " + dir;
        };
    }

    private void equal(List<String> terms, String column, String value) {
        if (value != null) {
            terms.add(column + " = " + param(value));
        }
    }

    private void in(List<String> terms, String column, Collection<String> values) {
        if (!values.isEmpty()) {
            terms.add(column + " IN (" + values.stream().sorted().map(this::param)
                    .collect(Collectors.joining(", ")) + ")");
        }
    }

    private String param(Object value) {
        params.add(value);
        return placeholder + params.size();
    }
}
