package org.gridline.wechat;

/**
 * A push that passed {@link CallbackVerifier}: its message and the signed pair that must not be reused for another one.
 */
public record VerifiedPush(InboundMessage message, PushNonce nonce) {
}
