package org.gridline.notify;

import java.util.regex.Pattern;

/**
 * The platform's per-type limits for subscribe-message values, applied to text. Free text ({@code thing}, {@code name})
 * is shortened to fit; everything else is an identifier, a number or a fixed phrase, where a shortened value would be
 * a wrong value, so it is refused instead.
 */
final class TemplateValueRules {
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    private static final Pattern LETTER = Pattern.compile("[A-Za-z]+");
    private static final Pattern CHARACTER_STRING = Pattern.compile("[\\x21-\\x7E]+");
    private static final Pattern PHRASE = Pattern.compile("\\p{IsHan}+");
    private static final Pattern LATIN_NAME = Pattern.compile("[A-Za-z][A-Za-z .'·-]*");
    private static final Pattern CHINESE_NAME = Pattern.compile("[\\p{IsHan}A-Za-z·]+");
    private static final Pattern PHONE_NUMBER = Pattern.compile("[0-9+-]+");
    private static final Pattern CAR_NUMBER = Pattern.compile("\\p{IsHan}?[A-Za-z0-9]+\\p{IsHan}?");
    private static final Pattern AMOUNT = Pattern.compile("[¥￥$]?(\\d+)(?:\\.(\\d+))?元?");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Cc}]+");

    private TemplateValueRules() {
    }

    /**
     * The value to send for a text of the given type.
     *
     * @throws IllegalArgumentException with the broken rule (not the value) when it cannot be made to fit
     */
    static String apply(TemplateKeyType type, String raw) {
        String v = WHITESPACE.matcher(raw).replaceAll(" ").strip();
        if (v.isEmpty()) {
            throw new IllegalArgumentException("empty");
        }
        return switch (type) {
            case THING -> CodePoints.truncate(v, 20, CodePoints.ELLIPSIS);
            case NUMBER -> exact(v, NUMBER, 32, "digits with an optional sign and decimals, at most 32");
            case LETTER -> exact(v, LETTER, 32, "letters only, at most 32");
            case SYMBOL -> exact(v, v.codePoints().noneMatch(Character::isLetterOrDigit), 5, "symbols only, at most 5");
            case CHARACTER_STRING -> exact(v, CHARACTER_STRING, 32, "ASCII letters, digits or symbols, at most 32");
            case PHRASE -> exact(v, PHRASE, 5, "Chinese characters only, at most 5");
            case NAME -> name(v);
            case PHONE_NUMBER -> exact(v.replace(" ", ""), PHONE_NUMBER, 17, "digits, + or -, at most 17");
            case CAR_NUMBER -> exact(v.replace(" ", ""), CAR_NUMBER, 8, "a plate number, at most 8");
            case AMOUNT -> amount(v);
            case TIME, DATE -> throw new IllegalStateException("dates are formatted by TemplateDates");
        };
    }

    private static String name(String v) {
        if (LATIN_NAME.matcher(v).matches()) {
            return CodePoints.truncate(v, 20, "").strip();
        }
        return exact(v, CHINESE_NAME.matcher(v).matches(), Integer.MAX_VALUE, "Chinese characters or letters")
                .substring(0, v.offsetByCodePoints(0, Math.min(10, CodePoints.length(v))));
    }

    private static String amount(String v) {
        var m = AMOUNT.matcher(v);
        boolean fits = m.matches() && m.group(1).length() + (m.group(2) == null ? 0 : m.group(2).length()) <= 10;
        return exact(v, fits, Integer.MAX_VALUE, "an optional currency sign, at most 10 digits, optional 元");
    }

    private static String exact(String v, Pattern pattern, int max, String rule) {
        return exact(v, pattern.matcher(v).matches(), max, rule);
    }

    private static String exact(String v, boolean shapeOk, int max, String rule) {
        if (!shapeOk || CodePoints.length(v) > max) {
            throw new IllegalArgumentException(rule);
        }
        return v;
    }
}
