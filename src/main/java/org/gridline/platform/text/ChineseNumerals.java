package org.gridline.platform.text;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns the Chinese numerals that residents type for counts and addresses into Arabic digits, so that "三栋二单元三零一"
 * and "3栋2单元301" reach the same building and "两包" the same quantity. Numerals that are part of a word stay as they
 * are, because rewriting "一直" or "统一" would change what the resident said.
 *
 * <p>The rule, applied to each maximal run of {@code 零〇一二两三四五六七八九十百千} (after full-width ０-９ become 0-9):
 * <ol>
 *   <li>a run that starts one of a few fixed words ({@link #IDIOMS}, e.g. 一点, 一一, 第一时间, 统一, 万一) is kept;
 *       "一点" is converted only when 钟 or 半 follows (一点钟 → 1点钟);</li>
 *   <li>a run of two or more plain digits (零〇一…九, no 两/十/百/千) is read digit by digit: 三零一 → 301,
 *       二〇二四 → 2024 — except two consecutive ascending digits, which mean "about" (七八个, 三四天) and are kept;</li>
 *   <li>any other run is read as a number (十二 → 12, 一百零五 → 105, 两千五 → 2500) when it is followed by a counter
 *       from {@link #COUNTERS}, follows 第, or is the whole text; otherwise it is kept (一下, 三思, 十分, 星期一).</li>
 * </ol>
 * 万 and larger units are not converted: addresses and counts in chat do not reach them, and 万一 is a word.
 *
 * <p>The one converter of the code base: slot extraction (addresses, dates, quantities), the city's address matching
 * and the volunteers' commands all read numbers through it, so a resident's "三四天" or "三栋" means the same to each.
 */
public final class ChineseNumerals {
    /** Characters that follow a count or an address number. */
    public static final List<String> COUNTERS = List.of("栋", "幢", "座", "号", "楼", "单元", "室", "层", "户", "包",
            "个", "次", "人", "天", "岁", "点", "月", "日", "元", "块", "米", "条", "只", "辆", "件", "位", "名", "袋",
            "箱", "桶", "瓶", "份", "盒", "斤", "张", "支", "台");
    /** Words that contain a numeral but are not numbers; matched before runs, longest first. */
    public static final List<String> IDIOMS = List.of("第一时间", "一次性", "一个劲", "一天到晚", "一块儿", "一点儿",
            "十之八九", "一五一十", "三天两头", "乱七八糟", "一点", "一一", "统一", "唯一", "万一", "同一", "单一",
            "专一", "逐一", "之一", "其一").stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();

    private static final String DIGITS = "零〇一二三四五六七八九";
    private static final String RUN_CHARS = DIGITS + "两十百千";
    private static final String IDIOM_STARTS = IDIOMS.stream().map(i -> i.substring(0, 1)).distinct()
            .collect(Collectors.joining());

    private ChineseNumerals() {
    }

    /** Returns the text with counting and address numerals in Arabic digits; {@code null} stays {@code null}. */
    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        String s = halfWidthDigits(text);
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            String idiom = idiomAt(s, i);
            int end = idiom == null ? runEnd(s, i) : i + idiom.length();
            if (idiom != null) {
                out.append(idiom);
            } else if (end == i) {
                out.append(s.charAt(end++));
            } else {
                out.append(convertRun(s, i, end));
            }
            i = end;
        }
        return out.toString();
    }

    private static String halfWidthDigits(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= '０' && chars[i] <= '９') {
                chars[i] = (char) ('0' + chars[i] - '０');
            }
        }
        return new String(chars);
    }

    private static String idiomAt(String s, int i) {
        if (IDIOM_STARTS.indexOf(s.charAt(i)) < 0) {
            return null;
        }
        for (String idiom : IDIOMS) {
            int after = i + idiom.length();
            if (s.startsWith(idiom, i) && !(after < s.length() && RUN_CHARS.indexOf(s.charAt(after)) >= 0)
                    && !("一点".equals(idiom) && after < s.length() && "钟半".indexOf(s.charAt(after)) >= 0)) {
                return idiom;
            }
        }
        return null;
    }

    private static int runEnd(String s, int start) {
        int end = start;
        while (end < s.length() && RUN_CHARS.indexOf(s.charAt(end)) >= 0) {
            end++;
        }
        return end;
    }

    private static String convertRun(String s, int start, int end) {
        String run = s.substring(start, end);
        if (run.length() >= 2 && isPlainDigits(run) && !isApproximation(run)) {
            return digitByDigit(run);
        }
        boolean wanted = counterAt(s, end) || (start > 0 && s.charAt(start - 1) == '第')
                || (s.substring(0, start).isBlank() && s.substring(end).isBlank());
        long value = wanted ? ChineseNumber.parse(run) : -1;
        return value < 0 ? run : Long.toString(value);
    }

    private static boolean isPlainDigits(String run) {
        return run.chars().allMatch(c -> DIGITS.indexOf(c) >= 0);
    }

    private static boolean isApproximation(String run) {
        int first = ChineseNumber.digit(run.charAt(0));
        return run.length() == 2 && first > 0 && ChineseNumber.digit(run.charAt(1)) == first + 1;
    }

    private static String digitByDigit(String run) {
        StringBuilder digits = new StringBuilder(run.length());
        run.chars().forEach(c -> digits.append(ChineseNumber.digit((char) c)));
        return digits.toString();
    }

    private static boolean counterAt(String s, int index) {
        for (String counter : COUNTERS) {
            if (s.startsWith(counter, index)) {
                return true;
            }
        }
        return false;
    }
}
