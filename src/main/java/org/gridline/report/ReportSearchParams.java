package org.gridline.report;

import jakarta.ws.rs.core.MultivaluedMap;
import org.gridline.platform.Page;
import org.gridline.platform.error.DomainException;
import org.gridline.report.ReportSearch.SortKey;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads a {@link ReportSearch} from query parameters: each parameter's rule, and the 400 that names it. */
final class ReportSearchParams {
    private static final List<String> CHANNELS = List.of(ReportSearch.CHAT);

    private ReportSearchParams() {
    }

    static ReportSearch parse(MultivaluedMap<String, String> query, LocalDate today) {
        LocalDate from = date(query, "from");
        LocalDate to = date(query, "to");
        LocalDate end = to != null ? to : today;
        LocalDate start = from != null ? from : end.minusDays(ReportSearch.DEFAULT_DAYS - 1);
        if (start.isAfter(end)) {
            throw DomainException.badRequest("invalid-range", "from " + start + " must not be after to " + end);
        }
        String sortText = one(query, "sort");
        SortKey sort = sortText == null ? SortKey.FILED : SortKey.of(sortText.toLowerCase(Locale.ROOT));
        return new ReportSearch(many(query, "grid"), many(query, "category"), status(one(query, "status")),
                one(query, "assignee"), one(query, "department"), channel(one(query, "channel")),
                flag(query, "overdue"), start, end, from == null && to == null, text(one(query, "q")), sort,
                ascending(one(query, "order"), sort), number(query, "page", 0, 0, Integer.MAX_VALUE),
                number(query, "size", Page.DEFAULT_SIZE, 1, Page.MAX_SIZE));
    }

    /** The non-blank values of a parameter, repeated or comma-separated, in the order given. */
    private static Set<String> many(MultivaluedMap<String, String> query, String name) {
        Set<String> values = new LinkedHashSet<>();
        for (String value : query.getOrDefault(name, List.of())) {
            Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(s -> {
                if (s.length() > 32) {
                    throw DomainException.badRequest("invalid-" + name, name + " is a code of at most 32 characters");
                }
                values.add(s);
            });
        }
        return values;
    }

    /** The parameter's value stripped, null when absent or blank; given twice with different values it is 400. */
    private static String one(MultivaluedMap<String, String> query, String name) {
        List<String> values = query.getOrDefault(name, List.of()).stream().map(String::strip)
                .filter(s -> !s.isEmpty()).distinct().toList();
        if (values.size() > 1) {
            throw DomainException.badRequest("invalid-" + name, name + " may be given once");
        }
        if (!values.isEmpty() && values.get(0).length() > 128 && !"q".equals(name)) {
            throw DomainException.badRequest("invalid-" + name, name + " is at most 128 characters");
        }
        return values.isEmpty() ? null : values.get(0);
    }

    private static ReportStatus status(String value) {
        if (value == null) {
            return null;
        }
        try {
            return ReportStatus.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.badRequest("invalid-status", "status is one of "
                    + Arrays.toString(ReportStatus.values()) + " (for overdue reports use overdue=true)");
        }
    }

    private static String channel(String value) {
        if (value == null) {
            return null;
        }
        String channel = value.toLowerCase(Locale.ROOT);
        if (!CHANNELS.contains(channel)) {
            throw DomainException.badRequest("invalid-channel", "channel is one of " + CHANNELS);
        }
        return channel;
    }

    private static boolean flag(MultivaluedMap<String, String> query, String name) {
        String value = one(query, name);
        if (value == null) {
            return false;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "on", "1", "yes" -> true;
            case "false", "off", "0", "no" -> false;
            default -> throw DomainException.badRequest("invalid-" + name, name + " is true or false");
        };
    }

    private static LocalDate date(MultivaluedMap<String, String> query, String name) {
        String value = one(query, name);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw DomainException.badRequest("invalid-date", name + " must be a date like 2026-11-01");
        }
    }

    private static String text(String value) {
        if (value != null && value.length() > ReportSearch.MAX_TEXT) {
            throw DomainException.badRequest("invalid-q", "q is at most " + ReportSearch.MAX_TEXT + " characters");
        }
        return value;
    }

    private static boolean ascending(String order, SortKey sort) {
        if (order == null) {
            return sort.ascendingByDefault();
        }
        return switch (order.toLowerCase(Locale.ROOT)) {
            case "asc" -> true;
            case "desc" -> false;
            default -> throw DomainException.badRequest("invalid-order", "order is asc or desc");
        };
    }

    private static int number(MultivaluedMap<String, String> query, String name, int fallback, int min, int max) {
        String value = one(query, name);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below, as for a number out of range
        }
        throw DomainException.badRequest("invalid-" + name, name + " is a whole number from " + min
                + (max == Integer.MAX_VALUE ? "" : " to " + max));
    }
}
