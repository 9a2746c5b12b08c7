package org.gridline.conversation.nlu;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the dates residents write ("11月20号", "20号到的", "昨天", "上周五") against the day the message was sent.
 * Arrivals lie in the past, so a date without a year is the most recent such date not after the message date: in early
 * January "12月30号" is last year. Works on text whose numerals are already Arabic.
 */
final class DateExtractor {
    private static final Pattern FULL = Pattern.compile("(\\d{4})[年\\-/.](\\d{1,2})[月\\-/.](\\d{1,2})");
    private static final Pattern MONTH_DAY = Pattern.compile("(?<!\\d)(\\d{1,2})月(\\d{1,2})(?![\\d栋单])");
    private static final Pattern DAYS_AGO = Pattern.compile("(\\d{1,2})天(?:前|以前|之前)");
    private static final Pattern WEEKDAY = Pattern.compile("(上|这|本)?(?:周|星期|礼拜)([一二三四五六日天1-7])");
    private static final Pattern DAY_ONLY = Pattern.compile("(?<![\\d月路街道巷])(\\d{1,2})[号日](?![楼院])");
    private static final String WEEKDAYS = "一二三四五六日";

    Optional<LocalDate> date(String text, LocalDate today) {
        Matcher m;
        if ((m = FULL.matcher(text)).find()) {
            return fullDate(m);
        }
        if ((m = MONTH_DAY.matcher(text)).find()) {
            return monthDay(num(m, 1), num(m, 2), today);
        }
        Optional<LocalDate> past = daysBack(text, today);
        return past.isPresent() ? past : relative(text, today);
    }

    /** "2026年11月20日", "2026-11-20": the date itself, nothing when there is no such day. */
    private static Optional<LocalDate> fullDate(Matcher m) {
        int year = num(m, 1);
        int month = num(m, 2);
        int day = num(m, 3);
        return safe(() -> LocalDate.of(year, month, day));
    }

    /** "3天前", "上周五", "20号", and last "今天": the dates that count from today. */
    private static Optional<LocalDate> relative(String text, LocalDate today) {
        Matcher m;
        if ((m = DAYS_AGO.matcher(text)).find()) {
            return Optional.of(today.minusDays(num(m, 1)));
        }
        if ((m = WEEKDAY.matcher(text)).find()) {
            return Optional.of(weekday(m.group(1), m.group(2), today));
        }
        if ((m = DAY_ONLY.matcher(text)).find()) {
            return dayOnly(num(m, 1), today);
        }
        boolean now = text.contains("今天") || text.contains("今日") || text.contains("今早") || text.contains("今晚");
        return now ? Optional.of(today) : Optional.empty();
    }

    /** 大前天 / 前天 / 昨天; "今天" comes last because "今天来报备，上周五到的" means the other date. */
    private static Optional<LocalDate> daysBack(String text, LocalDate today) {
        if (text.contains("大前天")) {
            return Optional.of(today.minusDays(3));
        }
        if (text.contains("前天")) {
            return Optional.of(today.minusDays(2));
        }
        if (text.contains("昨天") || text.contains("昨日") || text.contains("昨晚")) {
            return Optional.of(today.minusDays(1));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> monthDay(int month, int day, LocalDate today) {
        return safe(() -> LocalDate.of(today.getYear(), month, day))
                .map(d -> d.isAfter(today) ? d.minusYears(1) : d);
    }

    /** The most recent past date with this day of month, skipping months that lack it (31st, 30 Feb). */
    private static Optional<LocalDate> dayOnly(int day, LocalDate today) {
        for (int back = 0; back <= 12; back++) {
            LocalDate month = today.minusMonths(back);
            Optional<LocalDate> d = safe(() -> month.withDayOfMonth(day));
            if (d.isPresent() && !d.get().isAfter(today)) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static LocalDate weekday(String which, String dayChar, LocalDate today) {
        int index = Character.isDigit(dayChar.charAt(0)) ? dayChar.charAt(0) - '1' : WEEKDAYS.indexOf(dayChar);
        DayOfWeek dow = DayOfWeek.of(index < 0 ? 7 : index + 1);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if ("上".equals(which)) {
            return monday.minusWeeks(1).plusDays(dow.getValue() - 1L);
        }
        if (which != null) {
            return monday.plusDays(dow.getValue() - 1L);
        }
        return today.with(TemporalAdjusters.previousOrSame(dow));
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static Optional<LocalDate> safe(Supplier<LocalDate> date) {
        try {
            return Optional.of(date.get());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
