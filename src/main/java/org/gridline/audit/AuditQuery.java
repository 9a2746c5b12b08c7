package org.gridline.audit;

import org.gridline.platform.Page;
import org.gridline.platform.error.DomainException;
import org.gridline.platform.time.ClockProducer;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The filters of the audit log: {@code person} (a username), {@code kind}, {@code from} / {@code to} (ISO dates,
 * Beijing days, both inclusive; either may be left out), {@code page} (from 0) and {@code size} (1–100). Newest first.
 */
public record AuditQuery(String person, AuditKind kind, LocalDate from, LocalDate to, int page, int size) {
    /**
     * From the query's texts (blank: no filter).
     *
     * @throws DomainException 400 {@code invalid-kind}, {@code invalid-date}, {@code invalid-range},
     *                         {@code invalid-page}, {@code invalid-size}
     */
    public static AuditQuery parse(String person, String kind, String from, String to, String page, String size) {
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        if (start != null && end != null && start.isAfter(end)) {
            throw DomainException.badRequest("invalid-range", "from " + start + " must not be after to " + end);
        }
        return new AuditQuery(blank(person), kind(kind), start, end, number("page", page, 0, 0, Integer.MAX_VALUE),
                number("size", size, Page.DEFAULT_SIZE, 1, Page.MAX_SIZE));
    }

    /** The HQL condition ("" for none) with {@link #params()}. */
    String where() {
        List<String> terms = new ArrayList<>();
        params().keySet().forEach(name -> terms.add(switch (name) {
            case "person" -> "actor = :person";
            case "kind" -> "kind = :kind";
            case "start" -> "at >= :start";
            default -> "at < :end";
        }));
        return String.join(" and ", terms);
    }

    Map<String, Object> params() {
        Map<String, Object> params = new LinkedHashMap<>();
        if (person != null) {
            params.put("person", person);
        }
        if (kind != null) {
            params.put("kind", kind);
        }
        if (from != null) {
            params.put("start", dayStart(from));
        }
        if (to != null) {
            params.put("end", dayStart(to.plusDays(1)));
        }
        return params;
    }

    /** The filters as a query string (without page and size): for the page's links. */
    public String filterQueryString() {
        List<String> parts = new ArrayList<>();
        add(parts, "person", person);
        add(parts, "kind", kind == null ? null : kind.name());
        add(parts, "from", from == null ? null : from.toString());
        add(parts, "to", to == null ? null : to.toString());
        return String.join("&", parts);
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null) {
            parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static OffsetDateTime dayStart(LocalDate day) {
        return day.atStartOfDay(ClockProducer.ZONE).toInstant().atOffset(ZoneOffset.UTC);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static AuditKind kind(String text) {
        String value = blank(text);
        if (value == null) {
            return null;
        }
        try {
            return AuditKind.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.badRequest("invalid-kind", "kind is one of " + Arrays.toString(AuditKind.values()));
        }
    }

    private static LocalDate date(String name, String text) {
        String value = blank(text);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw DomainException.badRequest("invalid-date", name + " must be a date like 2026-11-01");
        }
    }

    private static int number(String name, String text, int fallback, int min, int max) {
        String value = blank(text);
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
