package org.gridline.wechat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Test fixture: pushes as the platform would send them, for one app (token, key, appid) at a fixed instant. A thin
 * layer over {@link PushSigner}; integration tests and the benchmark reuse it.
 */
public final class PlatformPushes {
    public static final String TOKEN = "gridlineToken2026";
    public static final String APP_ID = "wx5f3c2a1b0d9e8f76";
    public static final String GH_ID = MessageBuilder.GH_ID;
    public static final String OPENID = MessageBuilder.OPENID;
    public static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    public static final int MAX_BODY = 64 * 1024;

    public final String token;
    public final String key;
    public final String appId;
    public final Clock clock;
    private final PushSigner signer;

    public PlatformPushes(String token, String key, String appId, Clock clock) {
        this.token = token;
        this.key = key;
        this.appId = appId;
        this.clock = clock;
        this.signer = new PushSigner(token, Optional.ofNullable(key), appId);
    }

    /** The default app with a fresh random key. */
    public static PlatformPushes standard() {
        return new PlatformPushes(TOKEN, TestKeys.randomKey(), APP_ID, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    public long now() {
        return clock.instant().getEpochSecond();
    }

    public CallbackRequest push(SecurityMode mode, String body) {
        return signer.sign(mode, body, clock);
    }

    public CallbackVerifier verifier(SecurityMode mode) {
        return new CallbackVerifier(token, appId, Optional.ofNullable(key), mode, Duration.ofMinutes(5), clock,
                MAX_BODY);
    }

    public MessageBuilder text(String content) {
        return MessageBuilder.text(OPENID, now(), content);
    }

    public static CallbackRequest withBody(CallbackRequest r, String body) {
        return new CallbackRequest(r.signature(), r.timestamp(), r.nonce(), r.encryptType(), r.msgSignature(),
                r.openid(),
                body.getBytes(StandardCharsets.UTF_8));
    }

    public static CallbackRequest withQuery(CallbackRequest r, String signature, String timestamp, String nonce) {
        return new CallbackRequest(signature, timestamp, nonce, r.encryptType(), r.msgSignature(), r.openid(),
                r.body());
    }

    public static CallbackRequest withEncryption(CallbackRequest r, String encryptType, String msgSignature) {
        return new CallbackRequest(r.signature(), r.timestamp(), r.nonce(), encryptType, msgSignature, r.openid(),
                r.body());
    }

    public static CallbackRequest withOpenid(CallbackRequest r, String openid) {
        return new CallbackRequest(r.signature(), r.timestamp(), r.nonce(), r.encryptType(), r.msgSignature(), openid,
                r.body());
    }
}
