package org.gridline.wechat;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import static org.gridline.wechat.CipherRejected.Failure.*;

/**
 * The platform's message encryption (safe and compatible mode): AES-256-CBC with IV = key[0:16], PKCS#7 padding to a
 * multiple of 32 bytes, plaintext {@code random16 ‖ uint32 length ‖ msg ‖ appid}. Decryption checks everything a
 * tampered or foreign ciphertext could get wrong, including the trailing appid the common SDKs forget. It does not
 * authenticate: verify {@code msg_signature} first. A {@link Cipher} is made per call, so instances are thread-safe.
 */
public final class WechatCrypto {
    private static final int BLOCK = 32;
    private static final int RANDOM = 16;
    private static final int HEADER = RANDOM + 4;

    private final String token;
    private final SecretKeySpec key;
    private final IvParameterSpec iv;
    private final byte[] appId;
    private final SecureRandom random = new SecureRandom();

    public WechatCrypto(String token, String encodingAesKey, String appId) {
        byte[] raw = AesKeys.decode(encodingAesKey);
        this.token = token;
        this.key = new SecretKeySpec(raw, "AES");
        this.iv = new IvParameterSpec(Arrays.copyOf(raw, 16));
        this.appId = appId.getBytes(StandardCharsets.UTF_8);
    }

    /** Encrypts with a fresh random prefix. */
    public String encrypt(String msg) {
        byte[] prefix = new byte[RANDOM];
        random.nextBytes(prefix);
        return encrypt(prefix, msg);
    }

    /** Encrypts with the given 16-byte (ASCII) random prefix: deterministic, for test vectors. */
    public String encrypt(String random16, String msg) {
        byte[] prefix = random16.getBytes(StandardCharsets.UTF_8);
        if (prefix.length != RANDOM) {
            throw new IllegalArgumentException("The random prefix must be 16 bytes");
        }
        return encrypt(prefix, msg);
    }

    /** Encrypts a passive reply and signs it with the token. */
    public EncryptedReply encryptReply(String reply, String timeStamp, String nonce) {
        String encrypted = encrypt(reply);
        return new EncryptedReply(encrypted, WechatSignature.sign(token, timeStamp, nonce, encrypted), timeStamp,
                nonce);
    }

    /**
     * Decrypts to the message text; throws {@link CipherRejected} or, for a non-UTF-8 message,
     * {@link MalformedMessage}.
     */
    public String decrypt(String base64) {
        return StrictUtf8.decode(decryptBytes(base64));
    }

    /** Decrypts to the message bytes (not yet checked as UTF-8); throws {@link CipherRejected}. */
    public byte[] decryptBytes(String base64) {
        byte[] plain = unpad(run(Cipher.DECRYPT_MODE, ciphertext(base64)));
        int length = ByteBuffer.wrap(plain, RANDOM, 4).getInt();
        if (length < 0 || length > plain.length - HEADER) {
            throw new CipherRejected(BAD_LENGTH_FIELD, "The message length field is out of range");
        }
        if (!MessageDigest.isEqual(Arrays.copyOfRange(plain, HEADER + length, plain.length), appId)) {
            throw new CipherRejected(WRONG_APPID, "The message is for another app");
        }
        return Arrays.copyOfRange(plain, HEADER, HEADER + length);
    }

    private String encrypt(byte[] prefix, String msg) {
        byte[] body = msg.getBytes(StandardCharsets.UTF_8);
        int unpadded = HEADER + body.length + appId.length;
        int pad = BLOCK - unpadded % BLOCK;
        ByteBuffer buffer = ByteBuffer.allocate(unpadded + pad).put(prefix).putInt(body.length).put(body).put(appId);
        while (buffer.hasRemaining()) {
            buffer.put((byte) pad);
        }
        return Base64.getEncoder().encodeToString(run(Cipher.ENCRYPT_MODE, buffer.array()));
    }

    private static byte[] ciphertext(String base64) {
        byte[] data;
        try {
            data = Base64.getDecoder().decode(base64 == null ? "" : base64.trim());
        } catch (IllegalArgumentException e) {
            throw new CipherRejected(BAD_BASE64, "The ciphertext is not Base64");
        }
        if (data.length == 0 || data.length % BLOCK != 0) {
            throw new CipherRejected(BAD_LENGTH, "The ciphertext length is not a positive multiple of 32");
        }
        return data;
    }

    private static byte[] unpad(byte[] plain) {
        int pad = plain[plain.length - 1] & 0xff;
        if (pad < 1 || pad > BLOCK || plain.length - pad < HEADER) {
            throw new CipherRejected(BAD_PADDING, "The padding is invalid");
        }
        for (int i = plain.length - pad; i < plain.length; i++) {
            if ((plain[i] & 0xff) != pad) {
                throw new CipherRejected(BAD_PADDING, "The padding is invalid");
            }
        }
        return Arrays.copyOf(plain, plain.length - pad);
    }

    private byte[] run(int mode, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(mode, key, iv);
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-CBC is unavailable", e);
        }
    }
}
