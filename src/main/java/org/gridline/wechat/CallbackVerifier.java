package org.gridline.wechat;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides whether a callback request really comes from the platform, and turns it into an {@link InboundMessage}.
 * Checks in a fixed order, cheapest first: size, query parameters, timestamp freshness (replays), signature, then the
 * body: {@code msg_signature} is verified before anything is decrypted, the decrypted appid must be ours, and the
 * decrypted copy is the truth when plain fields come alongside. Every refusal is a {@link CallbackRejected}.
 */
public final class CallbackVerifier {
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{1,12}");
    private static final Pattern SIGNATURE = Pattern.compile("[0-9a-fA-F]{40}");
    /** Longest nonce kept in the replay cache (the platform sends about ten digits). */
    static final int MAX_NONCE = 128;

    private final String token;
    private final Optional<WechatCrypto> crypto;
    private final SecurityMode mode;
    private final long maxSkewSeconds;
    private final Clock clock;
    private final int maxBodyBytes;
    private final MessageCodec codec = new MessageCodec();

    public CallbackVerifier(String token, String appId, Optional<String> encodingAesKey, SecurityMode mode,
                            Duration maxClockSkew, Clock clock, int maxBodyBytes) {
        if (mode == SecurityMode.SAFE && encodingAesKey.isEmpty()) {
            throw new IllegalArgumentException("Safe mode needs an EncodingAESKey");
        }
        this.token = token;
        this.crypto = encodingAesKey.map(key -> new WechatCrypto(token, key, appId));
        this.mode = mode;
        this.maxSkewSeconds = maxClockSkew.toSeconds();
        this.clock = clock;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** The URL check (GET): answers {@code echostr} when the signature is right. */
    public String verifyUrl(String signature, String timestamp, String nonce, String echostr) {
        if (echostr == null || !signedByPlatform(signature, timestamp, nonce)) {
            throw new CallbackRejected(RejectReason.BAD_SIGNATURE, "The signature does not match");
        }
        return echostr;
    }

    /** Verifies a push and returns its message; throws {@link CallbackRejected} with the first failed check. */
    public InboundMessage decode(CallbackRequest request) {
        return verify(request).message();
    }

    /**
     * Verifies a push and returns its message with the signed pair the inbox checks for replays. When the body carries
     * an {@code Encrypt} part (compatible or safe mode) only that part is used, after its {@code msg_signature}: the
     * plain fields beside it are not covered by any signature and are ignored.
     */
    public VerifiedPush verify(CallbackRequest request) {
        byte[] body = request.body() == null ? new byte[0] : request.body();
        if (body.length > maxBodyBytes) {
            throw new CallbackRejected(RejectReason.TOO_LARGE, "The body is larger than " + maxBodyBytes + " bytes");
        }
        checkQuery(request);
        BodyFields outer = codec.readFields(body);
        String encrypt = outer.envelope().encrypt();
        boolean encrypted = encrypt != null || "aes".equalsIgnoreCase(request.encryptType());
        InboundMessage message = encrypted ? decrypt(request, encrypt) : plain(outer);
        if (request.openid() != null && !request.openid().isBlank() && !request.openid().equals(message.fromUser())) {
            throw new CallbackRejected(RejectReason.OPENID_MISMATCH, "The openid parameter is not the sender");
        }
        return new VerifiedPush(message,
                new PushNonce(Long.parseLong(request.timestamp()), request.nonce(), encrypted));
    }

    private void checkQuery(CallbackRequest request) {
        String timestamp = request.timestamp();
        if (request.signature() == null || !SIGNATURE.matcher(request.signature()).matches()
                || timestamp == null || request.nonce() == null || request.nonce().isBlank()
                || request.nonce().length() > MAX_NONCE) {
            throw new CallbackRejected(RejectReason.BAD_SIGNATURE, "The signature parameters are missing or garbled");
        }
        if (!TIMESTAMP.matcher(timestamp).matches()
                || Math.abs(clock.instant().getEpochSecond() - Long.parseLong(timestamp)) > maxSkewSeconds) {
            throw new CallbackRejected(RejectReason.STALE_TIMESTAMP, "The timestamp is not within the allowed skew");
        }
        if (!signedByPlatform(request.signature(), timestamp, request.nonce())) {
            throw new CallbackRejected(RejectReason.BAD_SIGNATURE, "The signature does not match");
        }
    }

    private boolean signedByPlatform(String signature, String timestamp, String nonce) {
        return signature != null && timestamp != null && nonce != null
                && WechatSignature.matches(WechatSignature.sign(token, timestamp, nonce), signature);
    }

    private InboundMessage plain(BodyFields body) {
        if (mode == SecurityMode.SAFE) {
            throw new CallbackRejected(RejectReason.PLAINTEXT_REFUSED, "Plaintext pushes are refused in safe mode");
        }
        return codec.toMessage(body);
    }

    private InboundMessage decrypt(CallbackRequest request, String encrypt) {
        WechatCrypto cipher = crypto.orElseThrow(() ->
                new CallbackRejected(RejectReason.NO_AES_KEY,
                        "The push is encrypted but no EncodingAESKey is configured"));
        if (encrypt == null) {
            throw MalformedMessage.missing("Encrypt");
        }
        String expected = WechatSignature.sign(token, request.timestamp(), request.nonce(), encrypt);
        if (!WechatSignature.matches(expected, request.msgSignature())) {
            throw new CallbackRejected(RejectReason.BAD_MSG_SIGNATURE, "The msg_signature does not match");
        }
        return codec.parse(cipher.decryptBytes(encrypt));
    }
}
