package org.gridline.wechat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.stream.Stream;

import static org.gridline.wechat.CipherRejected.Failure.*;
import static org.gridline.wechat.Vectors.*;
import static org.junit.jupiter.api.Assertions.*;

class WechatCryptoTest {
    private final WechatCrypto v1 = new WechatCrypto(V1_TOKEN, KEY, V1_APP_ID);
    private final WechatCrypto v2 = new WechatCrypto(V2_TOKEN, KEY, V2_APP_ID);

    @Test
    void aesKeyIsTheBase64OfTheEncodingKey() {
        assertEquals(KEY_HEX, HexFormat.of().formatHex(AesKeys.decode(KEY)));
    }

    @Test
    void v1DecryptsToTheOfficialMessage() {
        assertEquals(V1_MSG, v1.decrypt(V1_ENCRYPT));
    }

    @Test
    void v1ReEncryptsByteExactWithItsRandomPrefix() {
        assertEquals(V1_ENCRYPT, v1.encrypt(V1_RANDOM, V1_MSG));
    }

    @Test
    void v2EncryptsByteExact() {
        assertEquals(V2_ENCRYPT1, v2.encrypt(V2_RANDOM, V2_MSG1));
        assertEquals(V2_ENCRYPT2, v2.encrypt(V2_RANDOM, V2_MSG2));
        assertEquals(V2_MSG2, v2.decrypt(V2_ENCRYPT2));
    }

    static Stream<String> messages() {
        return Stream.of("", "a", "网格员您好，楼道堆物请处理 🚒🔥", "😀".repeat(500), "x".repeat(12), "x".repeat(44));
    }

    @ParameterizedTest
    @MethodSource("messages")
    void roundTripsWithRandomKeysAndAppIds(String message) {
        String appId = TestKeys.randomAppId();
        WechatCrypto crypto = new WechatCrypto("t", TestKeys.randomKey(), appId);
        String encrypted = crypto.encrypt(message);
        assertEquals(message, crypto.decrypt(encrypted));
        assertNotEquals(encrypted, crypto.encrypt(message), "a fresh random prefix each time");
    }

    @Test
    void encryptReplyIsSignedWithTheToken() {
        EncryptedReply reply = v1.encryptReply("<xml/>", "1409735669", "n1");
        assertEquals(WechatSignature.sign(V1_TOKEN, "1409735669", "n1", reply.encrypt()), reply.msgSignature());
        assertEquals("<xml/>", v1.decrypt(reply.encrypt()));
    }

    @Test
    void anotherAppsCiphertextIsRejectedAsWrongAppid() {
        String foreign = v2.encrypt("hello");
        CipherRejected e = assertThrows(CipherRejected.class, () -> v1.decrypt(foreign));
        assertEquals(WRONG_APPID, e.failure());
        assertEquals("wrong-appid", e.code());
        assertEquals(401, e.status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"not base64!", "YWJj\nZGVm", "===="})
    void badBase64(String ciphertext) {
        assertFailure(BAD_BASE64, ciphertext);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 16, 31, 33, 48})
    void badLength(int bytes) {
        assertFailure(BAD_LENGTH, Base64.getEncoder().encodeToString(new byte[bytes]));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 33, 255})
    void badPaddingValue(int pad) {
        byte[] plain = plain(5, "hello", V1_APP_ID);
        plain[plain.length - 1] = (byte) pad;
        assertFailure(BAD_PADDING, rawEncrypt(plain));
    }

    @Test
    void inconsistentPaddingBytes() {
        byte[] plain = plain(5, "hello", V1_APP_ID);
        int pad = plain[plain.length - 1];
        assertTrue(pad > 1);
        plain[plain.length - 2] = (byte) (pad + 1);
        assertFailure(BAD_PADDING, rawEncrypt(plain));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 1000, Integer.MAX_VALUE})
    void lengthFieldOutOfRange(int length) {
        assertFailure(BAD_LENGTH_FIELD, rawEncrypt(plain(length, "hello", V1_APP_ID)));
    }

    @Test
    void lengthFieldThatShiftsTheAppidIsWrongAppid() {
        assertFailure(WRONG_APPID, rawEncrypt(plain(4, "hello", V1_APP_ID)));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "tooShort", "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGH",
            "abcdefghijklmnopqrstuvwxyz0123456789ABCDEF!"})
    void invalidEncodingAesKeyIsAClearConfigurationError(String key) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
                new WechatCrypto("t", key, "wx1"));
        assertTrue(e.getMessage().startsWith("The EncodingAESKey must"), e.getMessage());
        if (key != null && !key.isEmpty()) {
            assertFalse(e.getMessage().contains(key), "the key is never echoed");
        }
    }

    private void assertFailure(CipherRejected.Failure failure, String ciphertext) {
        CipherRejected e = assertThrows(CipherRejected.class, () -> v1.decrypt(ciphertext));
        assertEquals(failure, e.failure(), e.getMessage());
    }

    /** The plaintext layout with a chosen length field, correctly padded to 32. */
    private static byte[] plain(int lengthField, String msg, String appId) {
        byte[] body = msg.getBytes(StandardCharsets.UTF_8);
        byte[] app = appId.getBytes(StandardCharsets.UTF_8);
        int unpadded = 20 + body.length + app.length;
        int pad = 32 - unpadded % 32;
        ByteBuffer buffer = ByteBuffer.allocate(unpadded + pad).put(new byte[16]).putInt(lengthField).put(body)
                .put(app);
        while (buffer.hasRemaining()) {
            buffer.put((byte) pad);
        }
        return buffer.array();
    }

    private static String rawEncrypt(byte[] plain) {
        try {
            byte[] key = AesKeys.decode(KEY);
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"),
                    new IvParameterSpec(Arrays.copyOf(key, 16)));
            return Base64.getEncoder().encodeToString(cipher.doFinal(plain));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
