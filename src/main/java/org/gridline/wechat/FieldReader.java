package org.gridline.wechat;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Typed access to message fields. Numbers and identifiers are trimmed (the platform pads neither, but XML
 * pretty-printing might); free text is kept exactly as the resident wrote it. Wrong types become {@code bad-field}.
 */
final class FieldReader {
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,19}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,12}(\\.\\d{1,15})?");

    private final Map<String, String> fields;

    FieldReader(Map<String, String> fields) {
        this.fields = fields;
    }

    /** Free text exactly as sent, or null. */
    String text(String name) {
        return fields.get(name);
    }

    /** A trimmed identifier, or null when absent or blank. */
    String token(String name) {
        String value = fields.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    String required(String name) {
        String value = token(name);
        if (value == null) {
            throw MalformedMessage.missing(name);
        }
        return value;
    }

    long requiredLong(String name) {
        required(name);
        return optionalLong(name);
    }

    Long optionalLong(String name) {
        String value = token(name);
        if (value == null) {
            return null;
        }
        try {
            if (INTEGER.matcher(value).matches()) {
                return Long.parseLong(value);
            }
        } catch (NumberFormatException tooBig) {
            // falls through to bad-field
        }
        throw MalformedMessage.bad(name, "an integer");
    }

    Integer optionalInt(String name) {
        Long value = optionalLong(name);
        if (value != null && (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE)) {
            throw MalformedMessage.bad(name, "a 32-bit integer");
        }
        return value == null ? null : value.intValue();
    }

    /** A plain decimal (no exponent, NaN or hex) within [min, max], or null. */
    Double decimal(String name, double min, double max) {
        String value = token(name);
        if (value == null) {
            return null;
        }
        if (!DECIMAL.matcher(value).matches()) {
            throw MalformedMessage.bad(name, "a decimal number");
        }
        double number = Double.parseDouble(value);
        if (number < min || number > max) {
            throw MalformedMessage.bad(name, "between " + min + " and " + max);
        }
        return number;
    }
}
