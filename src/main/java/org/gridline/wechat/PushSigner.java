package org.gridline.wechat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;

/**
 * Builds the requests the platform would send for a message body: signed query, and in compatible or safe mode the
 * encrypted body with its {@code msg_signature}. The simulator page and the tests use it, so they exercise exactly
 * the path real pushes take. The {@code openid} parameter is set to the body's {@code FromUserName}, as the platform
 * does.
 */
public final class PushSigner {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String token;
    private final Optional<WechatCrypto> crypto;
    private final MessageCodec codec = new MessageCodec();

    public PushSigner(String token, Optional<String> encodingAesKey, String appId) {
        this.token = token;
        this.crypto = encodingAesKey.map(key -> new WechatCrypto(token, key, appId));
    }

    /** Signs a push at the clock's current second with a random nonce. */
    public CallbackRequest sign(SecurityMode mode, String body, Clock clock) {
        return sign(mode, body, Long.toString(clock.instant().getEpochSecond()),
                Integer.toString(RANDOM.nextInt(1 << 30)));
    }

    /** Signs a push; {@code body} is the plain message, XML or JSON. */
    public CallbackRequest sign(SecurityMode mode, String body, String timestamp, String nonce) {
        BodyFields plain = codec.readFields(body.getBytes(StandardCharsets.UTF_8));
        String signature = WechatSignature.sign(token, timestamp, nonce);
        String openid = plain.get("FromUserName");
        if (mode == SecurityMode.PLAINTEXT) {
            return new CallbackRequest(signature, timestamp, nonce, null, null, openid, utf8(body));
        }
        String encrypt = crypto.orElseThrow(() -> new IllegalStateException("No EncodingAESKey to encrypt with"))
                .encrypt(body);
        String outer = mode == SecurityMode.SAFE
                ? codec.encodeEnvelope(new SafeEnvelope(plain.get("ToUserName"), encrypt), plain.format())
                : withEncrypt(body, plain.format(), encrypt);
        String msgSignature = WechatSignature.sign(token, timestamp, nonce, encrypt);
        return new CallbackRequest(signature, timestamp, nonce, "aes", msgSignature, openid, utf8(outer));
    }

    /** Compatible mode: the plain body with {@code Encrypt} added as its last field (Base64 needs no escaping). */
    static String withEncrypt(String body, BodyFormat format, String encrypt) {
        boolean xml = format == BodyFormat.XML;
        int end = xml ? body.lastIndexOf("</") : body.lastIndexOf('}');
        boolean empty = !xml && body.substring(0, end).trim().endsWith("{");
        String field = xml ? "<Encrypt><![CDATA[" + encrypt + "]]></Encrypt>"
                : (empty ? "" : ",") + "\"Encrypt\":\"" + encrypt + "\"";
        return body.substring(0, end) + field + body.substring(end);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
