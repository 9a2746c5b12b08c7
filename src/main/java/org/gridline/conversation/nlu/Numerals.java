package org.gridline.conversation.nlu;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chinese numerals to Arabic digits, just enough for slots: residents write "三栋二单元", "十一月二十号", "两包".
 * Only numeral runs directly followed by a measure word are rewritten, so "一直" or "一下" stay as they are.
 * A fuller converter is planned elsewhere; this one stays small on purpose.
 */
public final class Numerals {
    private static final String DIGITS = "零一二三四五六七八九";
    private static final Pattern RUN =
            Pattern.compile("[零〇一二两三四五六七八九十百千]+(?=[栋幢座单元楼层号室户月日天包袋箱桶瓶个件份盒斤张支台辆位人岁])");

    private Numerals() {
    }

    /** Rewrites every numeral run that is followed by a measure word: "三栋二单元三零一室" becomes "3栋2单元301室". */
    public static String normalize(String text) {
        Matcher m = RUN.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Integer.toString(parse(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The value of a numeral such as "三百零一", "二十", "十一" or digit-by-digit "三零一"; -1 if not a numeral. */
    public static int parse(String numeral) {
        if (numeral.isEmpty()) {
            return -1;
        }
        boolean positional = numeral.chars().anyMatch(c -> c == '十' || c == '百' || c == '千');
        return positional ? positional(numeral) : digitByDigit(numeral);
    }

    private static int digitByDigit(String numeral) {
        int value = 0;
        for (char c : numeral.toCharArray()) {
            int d = digit(c);
            if (d < 0) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    private static int positional(String numeral) {
        int total = 0;
        int pending = -1;
        for (char c : numeral.toCharArray()) {
            int unit = c == '十' ? 10 : c == '百' ? 100 : c == '千' ? 1000 : 0;
            if (unit == 0) {
                pending = digit(c);
            } else {
                total += (pending < 0 ? 1 : pending) * unit;
                pending = -1;
            }
        }
        return total + Math.max(pending, 0);
    }

    private static int digit(char c) {
        switch (c) {
            case '两':
                return 2;
            case '〇':
                return 0;
            default:
                return DIGITS.indexOf(c);
        }
    }
}
