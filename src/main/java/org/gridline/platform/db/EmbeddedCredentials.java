package org.gridline.platform.db;

import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The embedded database's login: a generated password for the {@code postgres} role, kept in
 * {@code <pg>/gridline-password} (mode 600), and a {@code pg_hba.conf} that asks every connection for it
 * ({@code scram-sha-256}). Clusters created before this (initdb's {@code trust}) are recognised and migrated.
 */
final class EmbeddedCredentials {
    static final String PASSWORD_FILE = "gridline-password";
    static final String HBA = """
            # Written by gridline: the embedded database asks every connection for the password in gridline-password.
            # TYPE  DATABASE  USER  ADDRESS        METHOD
            local   all       all                  scram-sha-256
            host    all       all   127.0.0.1/32   scram-sha-256
            host    all       all   ::1/128        scram-sha-256
            """;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int SCRAM_ITERATIONS = 4096;

    private EmbeddedCredentials() {
    }

    /** A new password: 32 random bytes, URL-safe Base64 (nothing to quote in SQL or files). */
    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The password kept with the cluster in {@code dataDirectory}, if there is one. */
    static Optional<String> read(Path dataDirectory) {
        Path file = dataDirectory.resolve(PASSWORD_FILE);
        try {
            return Files.exists(file) ? Optional.of(Files.readString(file).trim()).filter(p -> !p.isEmpty())
                    : Optional.empty();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** Writes {@code password} to {@code file}, readable by this user only (created with mode 600, never wider). */
    static void write(Path file, String password) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, password + "\n", StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** Whether the cluster already asks for the password we hold: ours is the pg_hba.conf and the file is there. */
    static boolean secured(Path dataDirectory) throws IOException {
        Path hba = dataDirectory.resolve("pg_hba.conf");
        return read(dataDirectory).isPresent() && Files.exists(hba) && Files.readString(hba).equals(HBA);
    }

    static void writeHba(Path dataDirectory) throws IOException {
        Files.writeString(dataDirectory.resolve("pg_hba.conf"), HBA);
    }

    /**
     * The SCRAM-SHA-256 verifier PostgreSQL stores for {@code password} (RFC 5802 / 7677), so a migration can set the
     * password without the plain text ever reaching the server. The password is ASCII, which SASLprep leaves alone.
     */
    static String scramVerifier(String password, byte[] salt) {
        try {
            byte[] salted = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, SCRAM_ITERATIONS, 256)).getEncoded();
            byte[] storedKey = MessageDigest.getInstance("SHA-256").digest(hmac(salted, "Client Key"));
            byte[] serverKey = hmac(salted, "Server Key");
            Base64.Encoder b64 = Base64.getEncoder();
            return "SCRAM-SHA-256$" + SCRAM_ITERATIONS + ":" + b64.encodeToString(salt) + "$"
                    + b64.encodeToString(storedKey) + ":" + b64.encodeToString(serverKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SCRAM-SHA-256 is not available in this JVM", e);
        }
    }

    static String scramVerifier(String password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return scramVerifier(password, salt);
    }

    private static byte[] hmac(byte[] key, String text) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(text.getBytes(StandardCharsets.US_ASCII));
    }
}
