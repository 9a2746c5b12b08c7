package org.gridline.volunteer;

import org.gridline.platform.text.ChineseNumerals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What follows the verb of a volunteer chat command: {@code 报名 3}, {@code 兑换 2 两个}, {@code 签到 123456},
 * {@code 报名 周六清洁家园}. Chinese numerals become digits first.
 */
public record ChatCommand(String verb, String rest) {
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    /** A number right after the verb (报名 3, 报名 第3个, 兑换 #2): digits inside a title are not one. */
    private static final Pattern LEADING = Pattern.compile("^(?:第|编号|No\\.?)?\\s*\\d");
    private static final Pattern CODE = Pattern.compile("(?<!\\d)\\d{6,8}(?!\\d)");

    public static ChatCommand parse(String verb, String text) {
        String body = text == null ? "" : text.strip();
        int at = body.indexOf(verb);
        String rest = at >= 0 ? body.substring(at + verb.length()) : body;
        return new ChatCommand(verb, ChineseNumerals.normalize(rest.replace('＃', '#').replace("#", " ").strip()));
    }

    /** The numbers in the rest, in order (a short number, then a quantity); none unless the rest starts with one. */
    public List<Long> numbers() {
        List<Long> numbers = new ArrayList<>();
        if (!LEADING.matcher(rest).find()) {
            return numbers;
        }
        Matcher m = NUMBER.matcher(rest);
        while (m.find() && m.group().length() <= 9) {
            numbers.add(Long.parseLong(m.group()));
        }
        return numbers;
    }

    public Optional<Long> number() {
        List<Long> numbers = numbers();
        return numbers.isEmpty() ? Optional.empty() : Optional.of(numbers.get(0));
    }

    /** A 6- to 8-digit code in the rest. */
    public Optional<String> code() {
        Matcher m = CODE.matcher(rest);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    /** The rest as words of a title: without spaces and punctuation. */
    public String words() {
        return squeeze(rest);
    }

    /** A title as {@link #words()} are compared with it: numerals as digits, no spaces or punctuation. */
    public static String squeeze(String text) {
        return ChineseNumerals.normalize(text).replaceAll("[\\s\\p{Punct}，。！？、：（）“”]", "");
    }
}
