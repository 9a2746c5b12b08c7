package org.gridline.wechat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.gridline.wechat.PlatformPushes.*;
import static org.gridline.wechat.SecurityMode.*;
import static org.junit.jupiter.api.Assertions.*;

/** Every refusal of {@link CallbackVerifier}, one row each: what is wrong, in which mode, and the status and code. */
class CallbackRejectionTest {
    private static final PlatformPushes APP = PlatformPushes.standard();
    private static final String BODY = APP.text("路灯坏了").xml();

    private static Arguments row(String name, SecurityMode pushed, SecurityMode configured,
                                 Function<CallbackRequest, CallbackRequest> change, int status, String code) {
        return Arguments.of(name, pushed, configured, change, status, code);
    }

    private static String ts(long offset) {
        return Long.toString(APP.now() + offset);
    }

    private static CallbackRequest signedAt(CallbackRequest r, String timestamp) {
        return withQuery(r, WechatSignature.sign(APP.token, timestamp, r.nonce()), timestamp, r.nonce());
    }

    /** A safe-mode envelope around {@code encrypt}, correctly signed, so that only the ciphertext is wrong. */
    private static CallbackRequest withCiphertext(CallbackRequest r, String encrypt) {
        String body = new MessageCodec().encodeEnvelope(new SafeEnvelope(GH_ID, encrypt), BodyFormat.XML);
        return withEncryption(withBody(r, body), "aes",
                WechatSignature.sign(APP.token, r.timestamp(), r.nonce(), encrypt));
    }

    static Stream<Arguments> rejections() {
        String foreignCiphertext = new WechatCrypto(APP.token, APP.key, "wxOtherApp").encrypt(BODY);
        return Stream.of(
                row("body over the limit (checked first)", PLAINTEXT, PLAINTEXT,
                        r -> withQuery(withBody(r, "<xml>" + "x".repeat(MAX_BODY) + "</xml>"), null, null, null), 413,
                                "too-large"),
                row("no signature", PLAINTEXT, PLAINTEXT, r -> withQuery(r, null, r.timestamp(), r.nonce()), 401,
                        "bad-signature"),
                row("garbled signature", PLAINTEXT, PLAINTEXT, r -> withQuery(r, "not-hex", r.timestamp(), r.nonce()),
                        401, "bad-signature"),
                row("no nonce", PLAINTEXT, PLAINTEXT, r -> withQuery(r, r.signature(), r.timestamp(), null), 401,
                        "bad-signature"),
                row("no timestamp", PLAINTEXT, PLAINTEXT, r -> withQuery(r, r.signature(), null, r.nonce()), 401,
                        "bad-signature"),
                row("other nonce", PLAINTEXT, PLAINTEXT, r -> withQuery(r, r.signature(), r.timestamp(), "999"), 401,
                        "bad-signature"),
                row("other token", PLAINTEXT, PLAINTEXT,
                        r -> withQuery(r, WechatSignature.sign("other", r.timestamp(), r.nonce()), r.timestamp(),
                                r.nonce()), 401, "bad-signature"),
                row("timestamp not a number", PLAINTEXT, PLAINTEXT, r -> signedAt(r, "12ab"), 401, "stale-timestamp"),
                row("timestamp negative", PLAINTEXT, PLAINTEXT, r -> signedAt(r, "-5"), 401, "stale-timestamp"),
                row("timestamp 301 s old", PLAINTEXT, PLAINTEXT, r -> signedAt(r, ts(-301)), 401, "stale-timestamp"),
                row("timestamp 301 s ahead", PLAINTEXT, PLAINTEXT, r -> signedAt(r, ts(301)), 401, "stale-timestamp"),
                row("timestamp years old", PLAINTEXT, PLAINTEXT, r -> signedAt(r, "1409735669"), 401,
                        "stale-timestamp"),
                row("plaintext in safe mode", PLAINTEXT, SAFE, r -> r, 401, "plaintext-refused"),
                row("no msg_signature", SAFE, SAFE, r -> withEncryption(r, "aes", null), 401, "bad-msg-signature"),
                row("wrong msg_signature", SAFE, SAFE, r -> withEncryption(r, "aes", r.signature()), 401,
                        "bad-msg-signature"),
                row("msg_signature of another ciphertext", SAFE, SAFE,
                        r -> withEncryption(withCiphertext(r, foreignCiphertext), "aes", r.msgSignature()), 401,
                                "bad-msg-signature"),
                row("encrypt_type=aes without Encrypt", PLAINTEXT, COMPATIBLE, r -> withEncryption(r, "aes", null),
                        400, "missing-field"),
                row("garbage ciphertext, wrong msg_signature: signature first", SAFE, SAFE,
                        r -> withEncryption(withCiphertext(r, "%%%%"), "aes", r.msgSignature()), 401,
                                "bad-msg-signature"),
                row("ciphertext not Base64", SAFE, SAFE, r -> withCiphertext(r, "%%%%"), 401, "bad-ciphertext"),
                row("ciphertext truncated", SAFE, SAFE, r -> withCiphertext(r, foreignCiphertext.substring(0, 44)),
                        401, "bad-ciphertext"),
                row("ciphertext of another app", SAFE, SAFE, r -> withCiphertext(r, foreignCiphertext), 401,
                        "wrong-appid"),
                row("openid is not the sender", PLAINTEXT, PLAINTEXT, r -> withOpenid(r, "oSomeoneElse"), 401,
                        "openid-mismatch"),
                row("openid is not the sender (encrypted)", SAFE, SAFE, r -> withOpenid(r, "oSomeoneElse"), 401,
                        "openid-mismatch"),
                row("malformed plain body", PLAINTEXT, PLAINTEXT, r ->
                        withBody(r, BODY.replace("</CreateTime>", "x</CreateTime>")), 400, "bad-field"),
                row("not XML nor JSON", PLAINTEXT, PLAINTEXT, r -> withBody(r, "hello"), 400, "unknown-format"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejections")
    void refused(String name, SecurityMode pushed, SecurityMode configured, Function<CallbackRequest,
            CallbackRequest> change,
                 int status, String code) {
        CallbackRequest request = change.apply(APP.push(pushed, BODY));
        CallbackRejected e = assertThrows(CallbackRejected.class, () -> APP.verifier(configured).decode(request));
        assertEquals(code, e.code(), e.getMessage());
        assertEquals(status, e.status());
        assertEquals(code, e.reason().code());
    }

    @Test
    void encryptedPushWithoutAKeyIsRefused() {
        CallbackVerifier noKey = new CallbackVerifier(APP.token, APP.appId, Optional.empty(), PLAINTEXT,
                Duration.ofMinutes(5),
                APP.clock, MAX_BODY);
        CallbackRejected e = assertThrows(CallbackRejected.class, () -> noKey.decode(APP.push(SAFE, BODY)));
        assertEquals(RejectReason.NO_AES_KEY, e.reason());
        assertEquals("路灯坏了", noKey.decode(APP.push(PLAINTEXT, BODY)).content());
    }

    @Test
    void encryptedInnerBodyIsParsedWithTheSameRules() {
        String broken = BODY.replace("</CreateTime>", "x</CreateTime>");
        MalformedMessage e = assertThrows(MalformedMessage.class, () ->
                APP.verifier(SAFE).decode(APP.push(SAFE, broken)));
        assertEquals("CreateTime", e.field());
    }

    @Test
    void timestampAtTheEdgeOfTheSkewIsAccepted() {
        CallbackRequest request = signedAt(APP.push(PLAINTEXT, BODY), ts(-300));
        assertEquals("路灯坏了", APP.verifier(PLAINTEXT).decode(request).content());
    }

    @Test
    void safeModeWithoutAKeyIsAConfigurationError() {
        assertThrows(IllegalArgumentException.class, () -> new CallbackVerifier("t", "wx1", Optional.empty(), SAFE,
                Duration.ofMinutes(5), Clock.fixed(NOW, ZoneOffset.UTC), MAX_BODY));
    }

    @Test
    void bodyAtTheLimitIsNotTooLarge() {
        String padded = BODY.replace("</xml>", " ".repeat(MAX_BODY - BODY.getBytes(StandardCharsets.UTF_8).length)
                + "</xml>");
        assertEquals(MAX_BODY, padded.getBytes(StandardCharsets.UTF_8).length);
        assertEquals("路灯坏了", APP.verifier(PLAINTEXT).decode(APP.push(PLAINTEXT, padded)).content());
    }
}
