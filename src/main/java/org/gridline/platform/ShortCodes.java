package org.gridline.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/** Short numeric codes people type (签到码, pickup codes): random, and stored only as a SHA-256 hash. */
public final class ShortCodes {
    private static final SecureRandom RANDOM = new SecureRandom();

    private ShortCodes() {
    }

    /** {@code digits} random decimal digits, leading zeros included. */
    public static String random(int digits) {
        StringBuilder code = new StringBuilder(digits);
        for (int i = 0; i < digits; i++) {
            code.append(RANDOM.nextInt(10));
        }
        return code.toString();
    }

    /** The stored form of a code; {@code scope} keeps codes of different purposes apart. */
    public static String hash(String scope, String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((scope + ":" + code).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
