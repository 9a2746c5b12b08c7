package org.gridline.wechat;

/**
 * The signed {@code (timestamp, nonce)} of a push, which the inbox keeps for the accepted clock skew to refuse replays.
 * The query signature covers only these two (and the token), never the body: a captured plaintext push's query can
 * carry any body. {@code bodySigned} is true when the message came out of an {@code Encrypt} part verified with
 * {@code msg_signature}, which does cover the content: such a push cannot be forged, so a reused pair with another
 * message is a genuine coincidence of two random nonces, not a replay.
 */
public record PushNonce(long timestamp, String nonce, boolean bodySigned) {
}
