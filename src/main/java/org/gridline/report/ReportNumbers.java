package org.gridline.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/** Report numbers: R + the filing day (yyyyMMdd, Beijing time) + the day's 5-digit sequence, e.g. R2026112900017. */
public final class ReportNumbers {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Pattern FULL = Pattern.compile("R\\d{13}");

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
}
