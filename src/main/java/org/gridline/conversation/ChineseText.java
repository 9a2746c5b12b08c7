package org.gridline.conversation;

import java.util.regex.Pattern;

/**
 * Whether a message is written in another language: a word of letters in it (two or more: a lone "R" of a report
 * number does not count), and not one Chinese character. Japanese kana and Korean hangul count as another language.
 */
public final class ChineseText {
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2}");

    private ChineseText() {
    }

    /** "hello", "my lamp is broken", "안녕하세요": yes; "你好", "3栋 lamp", "123", "R2026112900017": no. */
    public static boolean isForeign(String text) {
        return text != null && WORD.matcher(text).find() && !HAN.matcher(text).find();
    }
}
