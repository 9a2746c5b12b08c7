package org.gridline.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The time rules of a presented token beyond its signature and expiry: it must say when it was issued, not claim to be
 * issued in the future (beyond a small clock skew), and not live longer than the configured lifespan
 * ({@code exp − iat}), so a stolen signing key or a mistake cannot produce tokens valid for a year.
 */
public record TokenAge(Duration lifespan, Duration skew) {
    public static final Duration SKEW = Duration.ofSeconds(60);

    /** Why the token is refused; empty when its times are acceptable. Times in epoch seconds; null when absent. */
    public Optional<String> refusal(Long issuedAt, Long expiresAt, Instant now) {
        if (issuedAt == null || expiresAt == null) {
            return Optional.of("the token lacks iat or exp");
        }
        if (issuedAt > now.plus(skew).getEpochSecond()) {
            return Optional.of("the token is issued in the future");
        }
        if (expiresAt - issuedAt > lifespan.toSeconds()) {
            return Optional.of("the token lives longer than the token lifespan");
        }
        return Optional.empty();
    }
}
