package org.gridline.conversation.nlu;

import org.gridline.platform.text.ChineseNumerals;
import org.gridline.platform.text.TextNormalizer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pulls form fields out of free text (phone, address, origin, date, name, quantities) so that a resident who writes
 * "我从广州回来了，11月20号到的，住幸福小区3栋，电话138 0013 8000" is not asked four questions afterwards.
 */
public final class SlotExtractor {
    private static final Pattern PHONE = Pattern.compile("(?<!\\d)(?:\\+?86[\\s-]?)?(1[3-9]\\d(?:[\\s-]?\\d){8})(?!\\d"
            + ")");
    private static final Pattern NAME = Pattern.compile("(?:我叫|姓名[:：\\s]*|名字[叫是:：\\s]*|本人)(\\p{IsHan}{2,4})");
    private static final String NAME_END = "住电手在家是来从今昨刚的叫，";
    private static final Pattern QUANTITY =
            Pattern.compile("(?<![\\d.])(\\d{1,4})(包|袋|箱|桶|瓶|个|件|份|盒|斤|张|支|台|辆|位|人)");

    private final PlaceExtractor places = new PlaceExtractor();
    private final DateExtractor dates = new DateExtractor();

    /** Extracts what {@code message}, sent on {@code messageDate}, says; absent slots are empty. */
    public Slots extract(String message, LocalDate messageDate) {
        String text = TextNormalizer.normalize(message);
        Matcher phone = PHONE.matcher(text);
        Optional<String> number = phone.find() ? Optional.of(phone.group(1).replaceAll("\\D", "")) : Optional.empty();
        String rest = ChineseNumerals.normalize(phone.reset().replaceAll(" "));
        return new Slots(number, places.address(rest), places.origin(rest), dates.date(rest, messageDate),
                name(rest), quantities(rest));
    }

    private static Optional<String> name(String text) {
        Matcher m = NAME.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String name = m.group(1);
        for (int i = 2; i < name.length(); i++) {
            if (NAME_END.indexOf(name.charAt(i)) >= 0) {
                return Optional.of(name.substring(0, i));
            }
        }
        return Optional.of(name);
    }

    private static List<Quantity> quantities(String text) {
        List<Quantity> found = new ArrayList<>();
        Matcher m = QUANTITY.matcher(text);
        while (m.find()) {
            found.add(new Quantity(Integer.parseInt(m.group(1)), m.group(2)));
        }
        return found;
    }
}
