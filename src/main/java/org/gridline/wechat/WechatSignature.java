package org.gridline.wechat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The platform's signature: lowercase hex SHA-1 of the lexicographically sorted parts, concatenated. The token inside
 * the parts is the shared secret, so this is the only proof that a push came from the platform; comparisons are
 * therefore constant time.
 */
public final class WechatSignature {
    private static final HexFormat HEX = HexFormat.of();

    private WechatSignature() {
    }

    /** Signs the parts (token, timestamp, nonce and, for {@code msg_signature}, the {@code Encrypt} value). */
    public static String sign(String... parts) {
        String[] sorted = parts.clone();
        Arrays.sort(sorted);
        MessageDigest sha1 = sha1();
        for (String part : sorted) {
            sha1.update(part.getBytes(StandardCharsets.UTF_8));
        }
        return HEX.formatHex(sha1.digest());
    }

    /** Constant-time comparison of two hex signatures, case-insensitive; false when either is null. */
    public static boolean matches(String expectedHex, String actualHex) {
        if (expectedHex == null || actualHex == null) {
            return false;
        }
        return MessageDigest.isEqual(ascii(expectedHex), ascii(actualHex));
    }

    private static byte[] ascii(String hex) {
        return hex.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
    }

    private static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this JVM", e);
        }
    }
}
