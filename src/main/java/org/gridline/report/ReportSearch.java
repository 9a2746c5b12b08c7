package org.gridline.report;

import jakarta.ws.rs.core.MultivaluedMap;
import org.gridline.auth.Caller;
import org.gridline.platform.Page;
import org.gridline.platform.error.DomainException;
import org.gridline.platform.time.ClockProducer;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The filter of the staff queue (工单列表) and of its CSV export, as query parameters, so that every view is a URL:
 * {@code grid} and {@code category} (repeated, or comma-separated), {@code status}, {@code assignee} (openid),
 * {@code department}, {@code channel} ({@value #CHAT}, the only one today), {@code overdue}, {@code from} / {@code to}
 * (ISO dates, Beijing days, both inclusive; default the last {@value #DEFAULT_DAYS} days), {@code q} (words of the
 * description), {@code sort} ({@code filed}, {@code deadline}, {@code left}: time left) with {@code order}
 * ({@code asc}/{@code desc}, default newest filed first, nearest deadline first), {@code page} (from 0) and
 * {@code size} (1–100). Bad values are 400 with a code naming the parameter; {@link #scopedTo} makes it a caller's.
 */
public record ReportSearch(Set<String> grids, Set<String> categories, ReportStatus status, String assignee,
                           String department, String channel, boolean overdueOnly, LocalDate from, LocalDate to,
                           boolean defaultRange, String q, SortKey sort, boolean ascending, int page, int size) {
    public static final int DEFAULT_DAYS = 30;
    public static final String CHAT = "chat";
    public static final int MAX_TEXT = 100;

    /** What the queue is ordered by; each with the direction it takes unless {@code order} says otherwise. */
    public enum SortKey {
        FILED("filed", false), DEADLINE("deadline", true), LEFT("left", true);

        private final String param;
        private final boolean ascendingByDefault;

        SortKey(String param, boolean ascendingByDefault) {
            this.param = param;
            this.ascendingByDefault = ascendingByDefault;
        }

        public String param() {
            return param;
        }

        boolean ascendingByDefault() {
            return ascendingByDefault;
        }

        static SortKey of(String text) {
            return Arrays.stream(values()).filter(k -> k.param.equals(text)).findFirst().orElseThrow(() ->
                    DomainException.badRequest("invalid-sort", "sort is one of filed, deadline, left"));
        }
    }

    public ReportSearch {
        grids = Set.copyOf(grids);
        categories = Set.copyOf(categories);
    }

    /** The default view: every report filed in the last {@value #DEFAULT_DAYS} days up to today, newest first. */
    public static ReportSearch defaults(LocalDate today) {
        return new ReportSearch(Set.of(), Set.of(), null, null, null, null, false, today.minusDays(DEFAULT_DAYS - 1),
                today, true, null, SortKey.FILED, false, 0, Page.DEFAULT_SIZE);
    }

    /**
     * The filter of a query string; {@code today} is the Beijing day the default range ends on.
     *
     * @throws DomainException 400 naming the parameter that is not understood
     */
    public static ReportSearch parse(MultivaluedMap<String, String> query, LocalDate today) {
        return ReportSearchParams.parse(query, today);
    }

    /**
     * The search as this caller may make it: an ADMIN's unchanged; a LEADER's limited to their grid.
     *
     * @throws DomainException 403 {@code not-your-grid} when a LEADER names another grid
     */
    public ReportSearch scopedTo(Caller caller) {
        if (caller.isAdmin()) {
            return this;
        }
        if (caller.gridCode() == null) {
            throw new DomainException(403, "not-your-grid", "A grid leader without a grid sees no reports");
        }
        grids.forEach(caller::requireStaffOf);
        return withGrids(Set.of(caller.gridCode()));
    }

    public ReportSearch withGrids(Set<String> codes) {
        return new ReportSearch(codes, categories, status, assignee, department, channel, overdueOnly, from, to,
                defaultRange, q, sort, ascending, page, size);
    }

    public ReportSearch withPage(int number) {
        return new ReportSearch(grids, categories, status, assignee, department, channel, overdueOnly, from, to,
                defaultRange, q, sort, ascending, number, size);
    }

    public ReportSearch withSort(SortKey key, boolean asc) {
        return new ReportSearch(grids, categories, status, assignee, department, channel, overdueOnly, from, to,
                defaultRange, q, key, asc, 0, size);
    }

    /** Filed at or after this instant (the start of {@code from}, Beijing time). */
    public Instant start() {
        return from.atStartOfDay(ClockProducer.ZONE).toInstant();
    }

    /** Filed before this instant (the start of the day after {@code to}). */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(ClockProducer.ZONE).toInstant();
    }

    /** The whole search as a query string (without "?"), defaults left out: for the queue's links. */
    public String queryString() {
        List<String> parts = filterParts();
        if (page != 0) {
            parts.add(pair("page", String.valueOf(page)));
        }
        if (size != Page.DEFAULT_SIZE) {
            parts.add(pair("size", String.valueOf(size)));
        }
        return String.join("&", parts);
    }

    /** The filter and order without page and size: for the export of everything the filter finds. */
    public String filterQueryString() {
        return String.join("&", filterParts());
    }

    private List<String> filterParts() {
        List<String> parts = new ArrayList<>();
        grids.stream().sorted().forEach(g -> parts.add(pair("grid", g)));
        categories.stream().sorted().forEach(c -> parts.add(pair("category", c)));
        add(parts, "status", status == null ? null : status.name());
        add(parts, "assignee", assignee);
        add(parts, "department", department);
        add(parts, "channel", channel);
        add(parts, "overdue", overdueOnly ? "true" : null);
        if (!defaultRange) {
            parts.add(pair("from", from.toString()));
            parts.add(pair("to", to.toString()));
        }
        add(parts, "q", q);
        add(parts, "sort", sort == SortKey.FILED ? null : sort.param());
        add(parts, "order", ascending == sort.ascendingByDefault ? null : ascending ? "asc" : "desc");
        return parts;
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null) {
            parts.add(pair(name, value));
        }
    }

    private static String pair(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
