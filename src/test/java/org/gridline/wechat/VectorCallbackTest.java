package org.gridline.wechat;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.gridline.wechat.Vectors.*;
import static org.junit.jupiter.api.Assertions.*;

/** The public vectors pushed through the whole {@link CallbackVerifier}. */
class VectorCallbackTest {

    private static CallbackVerifier verifier(String token, String appId, String timestamp, SecurityMode mode) {
        Clock clock = Clock.fixed(Instant.ofEpochSecond(Long.parseLong(timestamp)), ZoneOffset.UTC);
        return new CallbackVerifier(token, appId, Optional.of(KEY), mode, Duration.ofMinutes(5), clock, 64 * 1024);
    }

    private static CallbackRequest v1(String body, String msgSignature) {
        return new CallbackRequest(V1_SIGNATURE, V1_TIMESTAMP, V1_NONCE, "aes", msgSignature, null,
                body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void v1CompatiblePushDecodes() {
        InboundMessage message = verifier(V1_TOKEN, V1_APP_ID, V1_TIMESTAMP, SecurityMode.COMPATIBLE)
                .decode(v1(V1_COMPAT_BODY, V1_MSG_SIGNATURE));
        assertEquals("gh_10f6c3c3ac5a", message.toUser());
        assertEquals("oyORnuP8q7ou2gfYjqLzSIWZf0rs", message.fromUser());
        assertEquals(1409735668L, message.createTime());
        assertEquals("text", message.msgType());
        assertEquals(6054768590064713728L, message.msgId());
        assertEquals("abcdteT", message.content());
        assertEquals(V1_MSG, message.rawBody(), "the decrypted copy is the record");
        assertEquals("oyORnuP8q7ou2gfYjqLzSIWZf0rs:6054768590064713728", message.dedupKey());
    }

    @Test
    void v1TamperedPlainFieldsDoNotWinOverTheCiphertext() {
        String tampered = V1_COMPAT_BODY.replace("abcdteT", "forged")
                .replace("oyORnuP8q7ou2gfYjqLzSIWZf0rs", "oAttacker");
        InboundMessage message = verifier(V1_TOKEN, V1_APP_ID, V1_TIMESTAMP, SecurityMode.COMPATIBLE)
                .decode(v1(tampered, V1_MSG_SIGNATURE));
        assertEquals("abcdteT", message.content());
        assertEquals("oyORnuP8q7ou2gfYjqLzSIWZf0rs", message.fromUser());
    }

    @Test
    void v1InSafeModeAndWithTheWrongAppid() {
        String envelope = "<xml><ToUserName><![CDATA[gh_10f6c3c3ac5a]]></ToUserName><Encrypt><![CDATA[" + V1_ENCRYPT
                + "]]></Encrypt></xml>";
        assertEquals("abcdteT", verifier(V1_TOKEN, V1_APP_ID, V1_TIMESTAMP, SecurityMode.SAFE)
                .decode(v1(envelope, V1_MSG_SIGNATURE)).content());
        CallbackRejected e = assertThrows(CallbackRejected.class, () ->
                verifier(V1_TOKEN, V2_APP_ID, V1_TIMESTAMP, SecurityMode.SAFE).decode(v1(envelope, V1_MSG_SIGNATURE)));
        assertEquals("wrong-appid", e.code());
    }

    @Test
    void v1IsStaleTenMinutesLater() {
        String later = Long.toString(Long.parseLong(V1_TIMESTAMP) + 600);
        CallbackRejected e = assertThrows(CallbackRejected.class, () ->
                verifier(V1_TOKEN, V1_APP_ID, later, SecurityMode.COMPATIBLE)
                        .decode(v1(V1_COMPAT_BODY, V1_MSG_SIGNATURE)));
        assertEquals(RejectReason.STALE_TIMESTAMP, e.reason());
    }

    @Test
    void v1UrlVerification() {
        CallbackVerifier verifier = verifier(V1_TOKEN, V1_APP_ID, V1_TIMESTAMP, SecurityMode.PLAINTEXT);
        assertEquals("echo-123", verifier.verifyUrl(V1_SIGNATURE, V1_TIMESTAMP, V1_NONCE, "echo-123"));
        CallbackRejected e = assertThrows(CallbackRejected.class, () ->
                verifier.verifyUrl(V1_SIGNATURE, V1_TIMESTAMP, "1", "e"));
        assertEquals(401, e.status());
        assertEquals("bad-signature", e.code());
    }

    @Test
    void v2WrongMsgSignatureIsRefusedBeforeDecrypting() {
        String envelope = "<xml><ToUserName><![CDATA[gh_7f083739789a]]></ToUserName><Encrypt><![CDATA[" + V2_ENCRYPT2
                + "]]></Encrypt></xml>";
        CallbackRequest request = new CallbackRequest(WechatSignature.sign(V2_TOKEN, V2_TIMESTAMP, V2_NONCE),
                V2_TIMESTAMP,
                V2_NONCE, "aes", "12345", null, envelope.getBytes(StandardCharsets.UTF_8));
        CallbackVerifier verifier = verifier(V2_TOKEN, V2_APP_ID, V2_TIMESTAMP, SecurityMode.SAFE);
        CallbackRejected e = assertThrows(CallbackRejected.class, () -> verifier.decode(request));
        assertEquals(RejectReason.BAD_MSG_SIGNATURE, e.reason());
        CallbackRequest signed = PlatformPushes.withEncryption(request, "aes",
                WechatSignature.sign(V2_TOKEN, V2_TIMESTAMP, V2_NONCE, V2_ENCRYPT2));
        MalformedMessage reply = assertThrows(MalformedMessage.class, () -> verifier.decode(signed),
                "with the right signature it decrypts; the vector is a passive reply, so it has no MsgId");
        assertEquals("MsgId", reply.field());
    }
}
