package org.gridline.wechat;

/**
 * An encrypted envelope with its signature: the passive reply in safe mode, and (with the same four keys) what the
 * simulator signs. {@code msgSignature = sha1(sort(token, timeStamp, nonce, encrypt))}.
 */
public record EncryptedReply(String encrypt, String msgSignature, String timeStamp, String nonce) {
}
