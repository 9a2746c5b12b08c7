package org.gridline.auth;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * How the first administrator gets a password: the configured one; else, on the embedded database (a local trial), a
 * generated one printed once; else none at all, because a production server must not get a guessable or unknown admin.
 */
public final class AdminBootstrap {
    static final int GENERATED_LENGTH = 24;
    /** Letters and digits without look-alikes (0/O, 1/l/I), so a password copied from a log is typed right. */
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    public enum Source { CONFIGURED, GENERATED, REFUSED }

    /** The decision and, unless refused, the password to hash. */
    public record Decision(Source source, String password) {
    }

    private AdminBootstrap() {
    }

    public static Decision decide(Optional<String> configured, boolean embeddedDatabase) {
        Optional<String> password = configured.map(String::strip).filter(p -> !p.isEmpty());
        if (password.isPresent()) {
            return new Decision(Source.CONFIGURED, password.get());
        }
        return embeddedDatabase ? new Decision(Source.GENERATED, generate()) : new Decision(Source.REFUSED, null);
    }

    /** About 140 bits of entropy. */
    static String generate() {
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
