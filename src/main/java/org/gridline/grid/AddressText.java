package org.gridline.grid;

import org.gridline.platform.text.ChineseNumerals;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * One spelling for addresses, applied alike to the registry and to what residents type: full-width characters become
 * half-width, spaces and punctuation go, Chinese numerals become digits, Latin letters become upper case. "幸福小区 三栋"
 * and "幸福小区3栋" then compare equal.
 */
final class AddressText {
    /** Estate-name endings that residents often leave out: 幸福小区 is also called 幸福. */
    static final List<String> ESTATE_SUFFIXES = List.of("小区", "花园", "家园", "新村", "公寓", "苑");

    private AddressText() {
    }

    static String normalize(String text) {
        String halfWidth = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder kept = new StringBuilder(halfWidth.length());
        halfWidth.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        return ChineseNumerals.normalize(kept.toString()).toUpperCase(Locale.ROOT);
    }

    /** The estate name without its common ending, or null when there is none or too little would remain. */
    static String withoutSuffix(String estate) {
        for (String suffix : ESTATE_SUFFIXES) {
            if (estate.endsWith(suffix) && estate.length() - suffix.length() >= 2) {
                return estate.substring(0, estate.length() - suffix.length());
            }
        }
        return null;
    }
}
