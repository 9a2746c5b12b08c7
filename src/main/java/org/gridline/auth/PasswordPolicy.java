package org.gridline.auth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new staff password must be: 12 characters at least and 72 bytes (UTF-8) at most — bcrypt ignores what follows,
 * so a longer one would only look stronger —, not a common password (the list {@code auth/common-passwords.txt}, also
 * behind leading or trailing digits and symbols and simple look-alike letters such as {@code P@ssw0rd}), with at least
 * 5 different characters, not one block repeated, not mostly runs of the alphabet, digits or the keyboard
 * ({@code 12345678}, {@code abcdefgh}, {@code qwertyui}), and not containing the username.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;
    static final int MIN_DISTINCT = 5;
    /** Characters that must be left once sequences and repeats are taken out. */
    static final int MIN_OUTSIDE_PATTERNS = 8;
    private static final int RUN = 4;
    private static final String[] SEQUENCES = {"abcdefghijklmnopqrstuvwxyz", "0123456789", "01234567890",
            "qwertyuiop", "asdfghjkl", "zxcvbnm", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p", "qazwsxedcrfvtgbyhnujmikolp",
            "!@#$%^&*()"};
    private static final Set<String> COMMON = load("/auth/common-passwords.txt");

    private PasswordPolicy() {
    }

    /** Why the password is refused, for the person choosing it; empty when it is acceptable. */
    public static Optional<String> refusal(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("The password must be at least " + MIN_LENGTH + " characters long");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("The password must be at most " + MAX_BYTES + " bytes long (UTF-8; a Chinese character "
                    + "takes 3): longer ones are cut there without telling");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (isCommon(lower)) {
            return Optional.of("The password is one of the most common passwords: choose another");
        }
        if (username != null && username.strip().length() >= 3
                && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("The password must not contain the username");
        }
        if (lower.codePoints().distinct().count() < MIN_DISTINCT) {
            return Optional.of("The password has too few different characters (at least " + MIN_DISTINCT + ")");
        }
        if (isRepeatedBlock(lower) || outsidePatterns(lower) < MIN_OUTSIDE_PATTERNS) {
            return Optional.of("The password is mostly a repetition or a sequence (like 12345678, abcdefgh or qwerty): "
                    + "choose one that is harder to guess");
        }
        return Optional.empty();
    }

    static boolean isCommon(String lower) {
        String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        return COMMON.contains(lower) || COMMON.contains(core) || COMMON.contains(unLeet(core));
    }

    /** The password is one shorter block written again and again ({@code abc123abc123}). */
    static boolean isRepeatedBlock(String s) {
        int n = s.length();
        for (int period = 1; period <= n / 2; period++) {
            if (n % period == 0 && s.substring(period).equals(s.substring(0, n - period))) {
                return true;
            }
        }
        return false;
    }

    /** How many characters are neither in a run of 4+ along a sequence (either way) nor a repeat of the one before. */
    static int outsidePatterns(String s) {
        boolean[] patterned = new boolean[s.length()];
        for (int i = 0; i < s.length(); i++) {
            if (i > 0 && s.charAt(i) == s.charAt(i - 1)) {
                patterned[i] = true;
            }
            int end = runEnd(s, i);
            if (end - i >= RUN) {
                for (int j = i; j < end; j++) {
                    patterned[j] = true;
                }
            }
        }
        int outside = 0;
        for (boolean p : patterned) {
            outside += p ? 0 : 1;
        }
        return outside;
    }

    /**
     * The end (exclusive) of the longest run starting at i that follows one of the sequences, forwards or backwards.
     */
    private static int runEnd(String s, int i) {
        int best = i + 1;
        for (String sequence : SEQUENCES) {
            for (String seq : new String[]{sequence, new StringBuilder(sequence).reverse().toString()}) {
                int at = seq.indexOf(s.charAt(i));
                int j = i;
                while (at >= 0 && j < s.length() && at < seq.length() && seq.charAt(at) == s.charAt(j)) {
                    at++;
                    j++;
                }
                best = Math.max(best, j);
            }
        }
        return best;
    }

    private static String unLeet(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            out.append(switch (c) {
                case '0' -> 'o';
                case '1', '!' -> 'i';
                case '3' -> 'e';
                case '4', '@' -> 'a';
                case '5', '$' -> 's';
                case '7' -> 't';
                default -> c;
            });
        }
        return out.toString();
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.toLowerCase(Locale.ROOT))
                    .forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
