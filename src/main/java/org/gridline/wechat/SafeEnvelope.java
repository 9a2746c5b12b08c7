package org.gridline.wechat;

/**
 * The outer body of an encrypted push: who it is for and the ciphertext ({@code encrypt} is null on plaintext pushes).
 */
public record SafeEnvelope(String toUser, String encrypt) {
}
