package org.gridline.report;

import org.gridline.platform.error.DomainException;
import org.gridline.platform.time.ClockProducer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The days {@code GET /api/stats} covers, Beijing time, both inclusive: reports filed in [from 00:00, to + 1 00:00).
 * Without {@code to} it ends today; without {@code from} it spans {@value #DEFAULT_DAYS} days up to {@code to}.
 */
public record StatsWindow(LocalDate from, LocalDate to) {
    public static final int DEFAULT_DAYS = 30;
    public static final int MAX_DAYS = 366;

    /**
     * From the query's texts (ISO dates, either may be blank).
     *
     * @throws DomainException 400 when a date is not an ISO date ({@code 2026-11-01}), or as {@link #of}
     */
    public static StatsWindow parse(String from, String to, LocalDate today) {
        return of(date("from", from), date("to", to), today);
    }

    /** @throws DomainException 400 when from is after to, or the window spans more than {@value #MAX_DAYS} days */
    public static StatsWindow of(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate end = to != null ? to : today;
        LocalDate start = from != null ? from : end.minusDays(DEFAULT_DAYS - 1);
        if (start.isAfter(end)) {
            throw DomainException.badRequest("invalid-range", "from " + start + " must not be after to " + end);
        }
        if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
            throw DomainException.badRequest("range-too-long", "from and to may span at most " + MAX_DAYS + " days");
        }
        return new StatsWindow(start, end);
    }

    private static LocalDate date(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.badRequest("invalid-date", name + " must be a date like 2026-11-01");
        }
    }

    public Instant start() {
        return from.atStartOfDay(ClockProducer.ZONE).toInstant();
    }

    /** Exclusive: the start of the day after {@code to}. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(ClockProducer.ZONE).toInstant();
    }
}
