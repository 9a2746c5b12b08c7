package org.gridline.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Staff logins and their tokens. */
@ConfigMapping(prefix = "gridline.auth")
public interface AuthConfig {

    /** Password of the first administrator {@code admin}, used once when that account is created; env GRIDLINE_ADMIN_PASSWORD. */
    Optional<String> adminPassword();

    /** How long an access token is valid. */
    @WithDefault("1h")
    Duration tokenLifespan();

    /** Failed logins per username within one minute after which every attempt is answered 429 until the minute passes. */
    @WithDefault("5")
    int maxFailedLoginsPerMinute();

    /** Issuer claim of our tokens; tokens of another issuer are refused. */
    @WithDefault("gridline")
    String issuer();

    /** PEM file (PKCS#8) of the RSA signing key; with {@link #publicKeyLocation()}, replaces the key kept in the database. */
    Optional<Path> privateKeyLocation();

    /** PEM file (X.509 SubjectPublicKeyInfo) of the matching public key. */
    Optional<Path> publicKeyLocation();
}
