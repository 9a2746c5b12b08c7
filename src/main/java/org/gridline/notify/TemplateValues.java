package org.gridline.notify;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns the data a feature wants on a subscribe-message card into values the platform accepts, checked against each
 * key's type (see {@link TemplateKeyType}) before anything is sent: a value that the platform would refuse comes back
 * as 47003 and costs the user's one-time subscription, so it must be caught here.
 *
 * <p>{@code thing} values are shortened to 20 code points ending with "…", {@code name} values cut to their limit,
 * {@code time}/{@code date} formatted; any other value that does not fit is refused. All problems of one call are
 * reported together in an {@link InvalidTemplateDataException}.
 */
public final class TemplateValues {
    private final TemplateDates dates;

    /** @param zone the zone instants are shown in (the readers' zone, normally {@link QuotaReset#PLATFORM_ZONE}) */
    public TemplateValues(ZoneId zone) {
        this.dates = new TemplateDates(Objects.requireNonNull(zone));
    }

    /**
     * @param data key → String, Number, or a date/time (Instant, LocalDateTime, LocalDate, ZonedDateTime,
     *             OffsetDateTime or its ISO-8601 string) for {@code time}/{@code date} keys
     * @return key → the text to send, in the order given
     * @throws InvalidTemplateDataException naming every key that cannot be sent
     */
    public Map<String, String> prepare(Map<String, ?> data) {
        Map<String, String> prepared = new LinkedHashMap<>();
        List<InvalidTemplateDataException.Violation> violations = new ArrayList<>();
        data.forEach((key, value) -> {
            try {
                prepared.put(key, prepareOne(key, value));
            } catch (IllegalArgumentException e) {
                violations.add(new InvalidTemplateDataException.Violation(key, e.getMessage()));
            }
        });
        if (!violations.isEmpty()) {
            throw new InvalidTemplateDataException(violations);
        }
        return prepared;
    }

    private String prepareOne(String key, Object value) {
        Optional<TemplateKeyType> type = TemplateKeyType.ofKey(key);
        if (type.isEmpty()) {
            throw new IllegalArgumentException("unknown key type");
        }
        if (value == null) {
            throw new IllegalArgumentException("missing value");
        }
        return switch (type.get()) {
            case TIME -> dates.format(value, true);
            case DATE -> dates.format(value, false);
            default -> TemplateValueRules.apply(type.get(), text(value));
        };
    }

    private static String text(Object value) {
        if (value instanceof CharSequence chars) {
            return chars.toString();
        }
        if (value instanceof Number number) {
            try {
                return new BigDecimal(number.toString()).toPlainString();
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a finite number");
            }
        }
        throw new IllegalArgumentException("unsupported value type");
    }
}
