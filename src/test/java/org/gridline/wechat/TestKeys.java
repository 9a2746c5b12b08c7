package org.gridline.wechat;

import java.security.SecureRandom;
import java.util.Base64;

/** Test fixture: fresh random EncodingAESKeys (43 Base64 characters) and app ids. */
public final class TestKeys {
    private static final SecureRandom RANDOM = new SecureRandom();

    private TestKeys() {
    }

    public static String randomKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key).substring(0, 43);
    }

    public static String randomAppId() {
        return "wx" + Long.toHexString(RANDOM.nextLong() | Long.MIN_VALUE);
    }
}
