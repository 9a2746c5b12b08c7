package org.gridline.notify;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The type of a subscribe-message template key, named by the key's letters before its trailing digits
 * ({@code thing1} → {@link #THING}, {@code character_string12} → {@link #CHARACTER_STRING}). The platform checks each
 * value against its type and answers 47003 when one does not fit, so the type decides what we may send.
 */
public enum TemplateKeyType {
    THING, NUMBER, LETTER, SYMBOL, CHARACTER_STRING, PHRASE, NAME, PHONE_NUMBER, CAR_NUMBER, AMOUNT, TIME, DATE;

    private static final Pattern KEY = Pattern.compile("([a-z_]*[a-z])\\d*");

    /** The type of {@code key}, or empty when the key is malformed or of a type we do not know. */
    public static Optional<TemplateKeyType> ofKey(String key) {
        Matcher m = KEY.matcher(key == null ? "" : key);
        if (!m.matches()) {
            return Optional.empty();
        }
        String type = m.group(1).toUpperCase(Locale.ROOT);
        for (TemplateKeyType candidate : values()) {
            if (candidate.name().equals(type)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
