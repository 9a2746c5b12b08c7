package org.gridline.notify;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Formats {@code time} and {@code date} template values the way the platform accepts them
 * ({@code 2026年11月29日 15:01} / {@code 2026年11月29日}) from the temporal types the rest of gridline holds.
 * Instants are shown in the given zone, the zone of the people who read the card.
 */
final class TemplateDates {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final Pattern FORMATTED_TIME = Pattern.compile("\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}");
    private static final Pattern FORMATTED_DATE = Pattern.compile("\\d{4}年\\d{1,2}月\\d{1,2}日");

    private final ZoneId zone;

    TemplateDates(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * @param value    an Instant, ZonedDateTime, OffsetDateTime, LocalDateTime, LocalDate (date only), an ISO-8601
     *                 string of one of them, or a string already in the platform's format
     * @param withTime true for a {@code time} key, false for a {@code date} key
     * @throws IllegalArgumentException when the value is none of these (or a date without time for a time key)
     */
    String format(Object value, boolean withTime) {
        if (value instanceof String s && (withTime ? FORMATTED_TIME : FORMATTED_DATE).matcher(s.strip()).matches()) {
            return s.strip();
        }
        Object temporal = value instanceof String s ? parseIso(s.strip()) : value;
        if (temporal instanceof LocalDate date) {
            if (withTime) {
                throw new IllegalArgumentException("a time needs a time of day, got a date");
            }
            return DATE.format(date);
        }
        return (withTime ? TIME : DATE).format(toLocal(temporal));
    }

    private LocalDateTime toLocal(Object temporal) {
        if (temporal instanceof Instant instant) {
            return LocalDateTime.ofInstant(instant, zone);
        }
        if (temporal instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(zone).toLocalDateTime();
        }
        if (temporal instanceof OffsetDateTime offset) {
            return offset.atZoneSameInstant(zone).toLocalDateTime();
        }
        if (temporal instanceof LocalDateTime local) {
            return local;
        }
        throw new IllegalArgumentException("not a date or time");
    }

    private static Object parseIso(String s) {
        try {
            return OffsetDateTime.parse(s);
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(s);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(s);
                } catch (DateTimeParseException notDate) {
                    throw new IllegalArgumentException("not an ISO-8601 date or time");
                }
            }
        }
    }
}
