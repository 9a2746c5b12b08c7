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
        Reading reading = new Reading();
        for (char c : run.toCharArray()) {
            if (!reading.read(c)) {
                return -1;
            }
        }
        return reading.value();
    }

    /**
     * A run read so far, left to right: the total of its finished terms (digit × unit), the digit waiting for its unit,
     * the last unit (each must be smaller than the one before) and whether a 零 came after it.
     */
    private static final class Reading {
        private long total;
        private int pending = -1;
        private int lastUnit = NO_UNIT;
        private boolean zero;

        /** Takes the next character; false when the run can no longer be a number. */
        boolean read(char c) {
            int d = digit(c);
            if (d >= 0 && pending >= 0) {
                return false;
            }
            if (d == 0) {
                zero = true;
            } else if (d > 0) {
                pending = d;
            } else {
                return close(unit(c));
            }
            return true;
        }

        /** A unit closes a term: the digit before it, or an implied 一 for a leading 十 (十二) or one after 零 (一百零十). */
        private boolean close(int unit) {
            int coefficient = pending >= 0 ? pending : unit == 10 && (total == 0 || zero) ? 1 : -1;
            if (unit >= lastUnit || coefficient < 0) {
                return false;
            }
            total += (long) coefficient * unit;
            lastUnit = unit;
            pending = -1;
            zero = false;
            return true;
        }

        /** The total, with a last digit that lacks its unit read as the spoken shortening does (一百一 → 110). */
        long value() {
            return pending < 0 ? total : total + shortened(pending, lastUnit, zero);
        }
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
