package org.gridline.wechat;

/** The message-encryption mode chosen in the platform's admin console; the callback enforces the same choice. */
public enum SecurityMode {
    /** Plain bodies; an encrypted push is still decrypted when a key is configured. */
    PLAINTEXT,
    /** Plain fields and {@code Encrypt} side by side; the decrypted (authenticated) copy is the truth. */
    COMPATIBLE,
    /** Only encrypted pushes are accepted. */
    SAFE
}
