package org.gridline.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Staff logins and their tokens. */
@ConfigMapping(prefix = "gridline.auth")
public interface AuthConfig {

    /**
     * Password of the first administrator {@code admin}, used once when that account is created; env
     * GRIDLINE_ADMIN_PASSWORD.
     */
    Optional<String> adminPassword();

    /** How long an access token is valid; also the longest {@code exp − iat} a presented token may have. */
    @WithDefault("1h")
    Duration tokenLifespan();

    /**
     * How long this instance trusts its copy of an account's token version and disabled flag (changes made here apply
     * at once).
     */
    @WithDefault("5s")
    Duration tokenVersionCacheTtl();

    /**
     * Failed logins of one client address, or of one username, before each further attempt must wait (see
     * {@link LoginThrottle}).
     */
    @WithDefault("5")
    int loginFreeFailures();

    /** Longest wait imposed on one client address after repeated failures (the wait doubles from 1 s up to this). */
    @WithDefault("15m")
    Duration loginMaxDelay();

    /** Longest wait a username's failures from other addresses impose on an address (kept small: no lockout). */
    @WithDefault("30s")
    Duration loginUsernameMaxDelay();

    /** Failures of a client address or username are forgotten after this long without another failure. */
    @WithDefault("1h")
    Duration loginForgetAfter();

    /** Issuer claim of our tokens; tokens of another issuer are refused. */
    @WithDefault("gridline")
    String issuer();

    /**
     * PEM file (PKCS#8) of the RSA signing key; with {@link #publicKeyLocation()}, replaces the key kept in the
     * database.
     */
    Optional<Path> privateKeyLocation();

    /** PEM file (X.509 SubjectPublicKeyInfo) of the matching public key. */
    Optional<Path> publicKeyLocation();

    /**
     * Base64 of 32 random bytes that encrypts the signing key kept in the database; env
     * GRIDLINE_AUTH_KEY_ENCRYPTION_KEY.
     */
    Optional<String> keyEncryptionKey();

    /**
     * File of that key when it is not set (generated with mode 600 at the first start); default
     * {@code <data-dir>/token-key-encryption.key}.
     */
    Optional<Path> keyEncryptionKeyFile();
}
