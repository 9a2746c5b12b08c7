package org.gridline.conversation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plain rules for answers to the registration questions, when the whole message is the answer. */
public final class RegistrationText {
    private static final Pattern NAME = Pattern.compile("^(?:我叫|我是|姓名是?|名字是?|叫)?[:：]?(\\p{IsHan}{2,4})$");
    private static final Pattern ORIGIN = Pattern.compile(
            "^(?:我是)?(?:从|来自)?(\\p{IsHan}{2,12}?)(?:回来的|回来了|回来|过来的|过来|来的|来)?$");
    private static final Pattern STAY = Pattern.compile("住(?:在|于|的是)?([^，,。；;！!？?\\s]{2,30})");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\s，,。.！!？?~～]+");

    private RegistrationText() {
    }

    /** "张三", "我叫李四。" → the name; nothing for longer sentences. */
    public static Optional<String> name(String text) {
        return match(NAME, clean(text));
    }

    /** "广州", "从湖北武汉回来的" → the place. */
    public static Optional<String> origin(String text) {
        return match(ORIGIN, clean(text));
    }

    /** "住在白沙街道昌盛社区" → 白沙街道昌盛社区, anywhere in a sentence. */
    public static Optional<String> stay(String text) {
        Matcher m = STAY.matcher(text == null ? "" : text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String clean(String text) {
        return PUNCTUATION.matcher(text == null ? "" : text).replaceAll("");
    }

    private static Optional<String> match(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
