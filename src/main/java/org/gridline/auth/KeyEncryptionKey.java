package org.gridline.auth;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * The AES-256 key that encrypts the token signing private key at rest (AES-GCM, a fresh 96-bit nonce per sealing, the
 * key's name and id as associated data). It never enters the database: it comes from
 * {@code GRIDLINE_AUTH_KEY_ENCRYPTION_KEY} (base64 of 32 bytes), or else from a file that the first start generates
 * with
 * mode 600 (a file readable by others is refused). Its id (the first 8 bytes of its SHA-256, hex) is stored with the
 * ciphertext, so a start with the wrong key says so instead of failing obscurely.
 */
public final class KeyEncryptionKey {
    static final int BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;
    private final String id;

    KeyEncryptionKey(byte[] key) {
        if (key.length != BYTES) {
            throw new IllegalArgumentException("the key-encryption key must be " + BYTES
                    + " bytes (base64 of 32 random bytes)");
        }
        this.key = key.clone();
        this.id = idOf(key);
    }

    /** From the configured value (base64) when set, else from the file, generating it (mode 600) when missing. */
    public static KeyEncryptionKey from(Optional<String> configured, Path file) {
        Optional<String> value = configured.map(String::strip).filter(v -> !v.isEmpty());
        if (value.isPresent()) {
            return new KeyEncryptionKey(decode(value.get(), "GRIDLINE_AUTH_KEY_ENCRYPTION_KEY"));
        }
        try {
            if (Files.notExists(file)) {
                create(file);
            }
            requireOwnerOnly(file);
            return new KeyEncryptionKey(decode(Files.readString(file, StandardCharsets.US_ASCII).strip(),
                    file.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the key-encryption key file " + file, e);
        }
    }

    /** A new random key, base64: what an operator puts into {@code GRIDLINE_AUTH_KEY_ENCRYPTION_KEY}. */
    public static String generate() {
        byte[] key = new byte[BYTES];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    public String id() {
        return id;
    }

    /** base64(nonce ‖ ciphertext ‖ tag) of the text, bound to the name. */
    public String seal(String name, String plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, name, nonce, plaintext.getBytes(StandardCharsets.UTF_8));
        byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
        System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
        return Base64.getEncoder().encodeToString(out);
    }

    /** @throws IllegalStateException when the text was sealed under another key id, for another name, or altered */
    public String open(String name, String keyId, String sealed) {
        if (!id.equals(keyId)) {
            throw new IllegalStateException("the token signing key was encrypted with key-encryption key " + keyId
                    + ", but the configured one is " + id + ": start with the key it was encrypted with");
        }
        byte[] bytes = Base64.getDecoder().decode(sealed);
        if (bytes.length <= NONCE_BYTES) {
            throw new IllegalStateException("the encrypted token signing key is truncated");
        }
        byte[] plain = crypt(Cipher.DECRYPT_MODE, name, Arrays.copyOf(bytes, NONCE_BYTES),
                Arrays.copyOfRange(bytes, NONCE_BYTES, bytes.length));
        return new String(plain, StandardCharsets.UTF_8);
    }

    private byte[] crypt(int mode, String name, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD((name + "\n" + id).getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the token signing key cannot be decrypted with key-encryption key " + id
                    + " (altered, or sealed for another name): " + e.getClass().getSimpleName());
        }
    }

    private static void create(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            if (Files.getFileAttributeView(parent, PosixFileAttributeView.class) != null) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException raced) {
            return;
        }
        Files.writeString(file, generate() + "\n", StandardCharsets.US_ASCII);
    }

    private static void requireOwnerOnly(Path file) throws IOException {
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) == null) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        if (!OWNER_ONLY.containsAll(permissions)) {
            throw new IllegalStateException("the key-encryption key file " + file + " is readable by others ("
                    + PosixFilePermissions.toString(permissions) + "): chmod 600 it");
        }
    }

    private static byte[] decode(String base64, String source) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the key-encryption key from " + source + " is not base64");
        }
    }

    private static String idOf(byte[] key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key), 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
