package org.gridline.platform.text;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises the phone numbers residents type in registrations and reports, so that "+86 138-1234-5678" and
 * "13812345678" are stored, compared and masked as the same number. Mobiles normalise to 11 digits; landlines to
 * "area-number" (0750-1234567), splitting on the area code: 010 and 02x have 3 digits, every other area code 4.
 */
public final class Phones {
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-()（）]");
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{9,11}");
    private static final Pattern LOCAL_NUMBER = Pattern.compile("[1-9]\\d{6,7}");

    private Phones() {
    }

    /** Whether the text is a Chinese mobile or landline number (with optional +86, spaces and dashes). */
    public static boolean isValid(String phone) {
        return normalize(phone).isPresent();
    }

    /** The canonical form (13812345678, 0750-1234567), or empty when the text is not a phone number. */
    public static Optional<String> normalize(String phone) {
        if (phone == null) {
            return Optional.empty();
        }
        String digits = withoutCountryCode(SEPARATORS.matcher(phone.strip()).replaceAll(""));
        if (MOBILE.matcher(digits).matches()) {
            return Optional.of(digits);
        }
        return landline(digits);
    }

    /** +86 and 0086 always introduce a country code; a bare 86 only when a mobile number follows it. */
    private static String withoutCountryCode(String digits) {
        if (digits.startsWith("+86") || digits.startsWith("0086")) {
            String rest = digits.substring(digits.indexOf("86") + 2);
            return MOBILE.matcher(rest).matches() || rest.startsWith("0") ? rest : "0" + rest;
        }
        boolean bareMobile = digits.startsWith("86") && MOBILE.matcher(digits.substring(2)).matches();
        return bareMobile ? digits.substring(2) : digits;
    }

    private static Optional<String> landline(String digits) {
        if (!LANDLINE.matcher(digits).matches()) {
            return Optional.empty();
        }
        int areaLength = digits.startsWith("010") || digits.startsWith("02") ? 3 : 4;
        String local = digits.substring(areaLength);
        return LOCAL_NUMBER.matcher(local).matches()
                ? Optional.of(digits.substring(0, areaLength) + "-" + local)
                : Optional.empty();
    }
}
