package org.gridline.auth;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;

/** Signs access tokens: subject and upn the username, groups the role, {@code grid} a leader's grid, expiring. */
@ApplicationScoped
public class TokenIssuer {
    private final SigningKeys keys;
    private final AuthConfig config;
    private final Clock clock;

    public TokenIssuer(SigningKeys keys, AuthConfig config, Clock clock) {
        this.keys = keys;
        this.config = config;
        this.clock = clock;
    }

    public AccessToken issue(StaffAccount account) {
        Instant now = clock.instant();
        JwtClaimsBuilder claims = Jwt.issuer(config.issuer()).upn(account.username).subject(account.username)
                .groups(account.role.name()).issuedAt(now).expiresAt(now.plus(config.tokenLifespan()))
                .claim(Caller.VERSION_CLAIM, account.tokenVersion);
        if (account.gridCode != null) {
            claims.claim(Caller.GRID_CLAIM, account.gridCode);
        }
        return new AccessToken(claims.jws().sign(keys.pair().getPrivate()), config.tokenLifespan().toSeconds());
    }
}
