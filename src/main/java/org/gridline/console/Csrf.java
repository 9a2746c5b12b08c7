package org.gridline.console;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The console's CSRF tokens. Signed in, the token is a hash of the session's own signed token: a page of this server
 * renders it into every form, another site cannot compute it (it never sees the HttpOnly cookie), and every instance
 * derives the same one without sharing a secret. Before the login, a random value is both in a cookie and in the
 * form (double submit). A state-changing console request without the matching token is refused with 403.
 */
final class Csrf {
    /** The name of the form field (and of the header htmx may send instead). */
    static final String FIELD = "csrf";
    static final String HEADER = "X-CSRF-Token";
    private static final String PURPOSE = "gridline console csrf\n";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private Csrf() {
    }

    /** The token of the session whose signed token this is. */
    static String ofSession(String sessionToken) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((PURPOSE + sessionToken).getBytes(StandardCharsets.UTF_8));
            return BASE64.encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** A fresh random token (the login form's). */
    static String fresh() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return BASE64.encodeToString(bytes);
    }

    /** Whether the token given matches the expected one (in constant time); never for a missing one. */
    static boolean matches(String expected, String given) {
        if (expected == null || given == null || expected.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
