package org.gridline.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Report numbers: R + the filing day (yyyyMMdd, Beijing time) + the day's 5-digit sequence, e.g. R2026112900017. The
 * one owner of their shape: the whole number, and the reference people type for it in a chat, which is the whole number
 * (r or R) or its last four digits. Digits are ASCII only; the chat turns full-width ones into ASCII before it asks.
 */
public final class ReportNumbers {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Pattern FULL = Pattern.compile("R\\d{13}");
    /** A reference inside a message, as a regular expression without groups: a whole number or four lone digits. */
    public static final String REFERENCE = "[Rr]\\d{13}|(?<!\\d)\\d{4}(?!\\d)";
    private static final Pattern REFERENCE_IN_TEXT = Pattern.compile(REFERENCE);
    private static final Pattern SHORT = Pattern.compile("[Rr]?(\\d{4})");

    private ReportNumbers() {
    }

    public static String format(LocalDate day, int sequence) {
        if (sequence < 1 || sequence > 99_999) {
            throw new IllegalArgumentException("daily sequence out of range: " + sequence);
        }
        return "R" + DAY.format(day) + String.format("%05d", sequence);
    }

    /** Whether {@code text} is a whole report number (upper-case R). */
    public static boolean isNumber(String text) {
        return text != null && FULL.matcher(text).matches();
    }

    /** The first whole report number written in {@code text} (a reply, a notice). */
    public static Optional<String> firstIn(String text) {
        Matcher m = FULL.matcher(text);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    /** The first reference in a message, upper-cased: "进度 r2026112900017" → R2026112900017, "查询0017" → 0017. */
    public static Optional<String> referenceIn(String text) {
        Matcher m = REFERENCE_IN_TEXT.matcher(text);
        return m.find() ? Optional.of(m.group().toUpperCase()) : Optional.empty();
    }

    /** What follows the first reference at or after {@code from}; empty when there is none. */
    public static Optional<String> afterReference(String text, int from) {
        Matcher m = REFERENCE_IN_TEXT.matcher(text);
        return m.find(from) ? Optional.of(text.substring(m.end())) : Optional.empty();
    }

    /** The four digits a short reference ("0017", "R0017") stands for; empty for anything else, whole numbers too. */
    public static Optional<String> shortReference(String text) {
        Matcher m = SHORT.matcher(text == null ? "" : text);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Whether a short reference's four digits mean this whole number: its last four digits are they. */
    public static boolean isMeantBy(String number, String digits) {
        return number.endsWith(digits);
    }
}
