package org.gridline.wechat;

/**
 * One POST to the callback as received: the query parameters ({@code signature, timestamp, nonce, encrypt_type,
 * msg_signature, openid}; any may be null) and the raw body. Kept raw so that {@link CallbackVerifier} decides
 * everything, in one order.
 */
public record CallbackRequest(String signature, String timestamp, String nonce, String encryptType,
                              String msgSignature, String openid, byte[] body) {

    /** Without the body (personal data). */
    @Override
    public String toString() {
        return "CallbackRequest[timestamp=" + timestamp + ", nonce=" + nonce + ", encryptType=" + encryptType
                + ", body=" + (body == null ? 0 : body.length) + " bytes]";
    }
}
