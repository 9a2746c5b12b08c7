package org.gridline.wechat;

/**
 * Why a push was refused: a stable code for metrics and logs, with the HTTP status the callback answers. The codes are
 * part of the operational contract (dashboards count by them): add new ones, never rename.
 */
public enum RejectReason {
    TOO_LARGE(413, "too-large"),
    BAD_SIGNATURE(401, "bad-signature"),
    STALE_TIMESTAMP(401, "stale-timestamp"),
    PLAINTEXT_REFUSED(401, "plaintext-refused"),
    NO_AES_KEY(401, "no-aes-key"),
    BAD_MSG_SIGNATURE(401, "bad-msg-signature"),
    BAD_CIPHERTEXT(401, "bad-ciphertext"),
    WRONG_APPID(401, "wrong-appid"),
    OPENID_MISMATCH(401, "openid-mismatch"),
    /** A (timestamp, nonce) already used by another message: a captured query with a new plaintext body. */
    REPLAYED(401, "replayed"),
    EMPTY_BODY(400, "empty-body"),
    UNKNOWN_FORMAT(400, "unknown-format"),
    INVALID_UTF8(400, "invalid-utf8"),
    XML_DTD(400, "xml-dtd"),
    MALFORMED_XML(400, "malformed-xml"),
    MALFORMED_JSON(400, "malformed-json"),
    TOO_DEEP(400, "too-deep"),
    TOO_MANY_ELEMENTS(400, "too-many-elements"),
    TOO_LONG(400, "too-long"),
    DUPLICATE_FIELD(400, "duplicate-field"),
    MISSING_FIELD(400, "missing-field"),
    BAD_FIELD(400, "bad-field"),
    /** A field holds U+0000, which no text column can keep and no resident types. */
    NUL_CHARACTER(400, "nul-character");

    private final int status;
    private final String code;

    RejectReason(int status, String code) {
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
