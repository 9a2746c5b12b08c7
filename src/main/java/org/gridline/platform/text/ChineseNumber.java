package org.gridline.platform.text;

/**
 * Reads one run of Chinese numerals below 万 as a value, the way people write them: 十二, 二十一, 一百零五, and the
 * spoken shortenings 一百一 (110) and 两千五 (2500). Kept apart from {@link ChineseNumerals}, which decides whether a run
 * is a number at all.
 */
final class ChineseNumber {
    private static final int NO_UNIT = Integer.MAX_VALUE;

    private ChineseNumber() {
    }

    /** The value of a plain digit character (零〇 → 0, 两 → 2), or -1 for a unit or any other character. */
    static int digit(char c) {
        int index = "零一二三四五六七八九".indexOf(c);
        return index >= 0 ? index : c == '〇' ? 0 : c == '两' ? 2 : -1;
    }

    /** The value of the run, or -1 if it is not a well-formed number (三两, 十十, 百二). */
    static long parse(String run) {
        long total = 0;
        int pending = -1;
        int lastUnit = NO_UNIT;
        boolean zero = false;
        for (char c : run.toCharArray()) {
            int d = digit(c);
            if (d >= 0 && pending >= 0) {
                return -1;
            } else if (d == 0) {
                zero = true;
            } else if (d > 0) {
                pending = d;
            } else {
                int unit = unit(c);
                int coefficient = pending >= 0 ? pending : unit == 10 && (total == 0 || zero) ? 1 : -1;
                if (unit >= lastUnit || coefficient < 0) {
                    return -1;
                }
                total += (long) coefficient * unit;
                lastUnit = unit;
                pending = -1;
                zero = false;
            }
        }
        return pending < 0 ? total : total + shortened(pending, lastUnit, zero);
    }

    private static long shortened(int pending, int lastUnit, boolean zero) {
        return zero || lastUnit == NO_UNIT || lastUnit == 10 ? pending : (long) pending * (lastUnit / 10);
    }

    private static int unit(char c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            default -> throw new IllegalArgumentException("not a numeral: " + c);
        };
    }
}
