package org.gridline.conversation;

import java.util.regex.Pattern;

/** Whether a message is written in another language: letters in it, and not one Chinese character. */
public final class ChineseText {
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    private ChineseText() {
    }

    /** "hello", "my lamp is broken", "Straßenlampe kaputt": yes; "你好", "3栋 lamp", "123", "👍": no. */
    public static boolean isForeign(String text) {
        return text != null && LETTER.matcher(text).find() && !CJK.matcher(text).find();
    }
}
