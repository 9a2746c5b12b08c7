package org.gridline.wechat;

import java.util.Base64;

/** Turns the console's 43-character EncodingAESKey into the 32-byte AES key, with errors an operator can act on. */
final class AesKeys {
    static final int LENGTH = 43;

    private AesKeys() {
    }

    static byte[] decode(String encodingAesKey) {
        if (encodingAesKey == null || encodingAesKey.length() != LENGTH) {
            int actual = encodingAesKey == null ? 0 : encodingAesKey.length();
            throw new IllegalArgumentException("The EncodingAESKey must be 43 characters (got " + actual + ")");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(encodingAesKey + "=");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The EncodingAESKey must contain only Base64 characters A-Z a-z 0-9 + "
                    + "/");
        }
        if (key.length != 32) {
            throw new IllegalArgumentException("The EncodingAESKey must decode to 32 bytes (got " + key.length + ")");
        }
        return key;
    }
}
