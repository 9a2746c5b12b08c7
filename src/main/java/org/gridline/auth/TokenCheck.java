package org.gridline.auth;

import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonNumber;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Clock;

/**
 * Runs on every request that carries a verified token: refuses (401) a token whose times break {@link TokenAge}, or
 * whose token version is not the account's current one (disabled, password changed or reset since it was issued).
 * Token times are checked against the system clock, as SmallRye JWT checks {@code exp}: the injectable domain clock
 * may be moved (tests of deadlines run it days ahead or behind), and a token's validity must not move with it.
 */
@ApplicationScoped
public class TokenCheck implements SecurityIdentityAugmentor {
    private final TokenVersions versions;
    private final TokenAge age;
    private final Clock clock;

    public TokenCheck(TokenVersions versions, AuthConfig config) {
        this.versions = versions;
        this.age = new TokenAge(config.tokenLifespan(), TokenAge.SKEW);
        this.clock = Clock.systemUTC();
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        var refusal = age.refusal(seconds(token.getClaim("iat")), seconds(token.getClaim("exp")), clock.instant());
        if (refusal.isPresent()) {
            return refuse(token.getName(), refusal.get());
        }
        Long version = seconds(token.getClaim(Caller.VERSION_CLAIM));
        if (version == null) {
            return refuse(token.getName(), "the token has no token version");
        }
        return versions.accepts(token.getName(), version).chain(ok -> ok ? Uni.createFrom().item(identity)
                : refuse(token.getName(), "the token was revoked (login disabled or password changed)"));
    }

    /**
     * A numeric claim as the JWT library hands it over (a Long, or a JSON number); null when absent or not a number.
     */
    private static Long seconds(Object claim) {
        if (claim instanceof JsonNumber n) {
            return n.longValue();
        }
        return claim instanceof Number n ? n.longValue() : null;
    }

    private static Uni<SecurityIdentity> refuse(String username, String why) {
        Log.infof("Token of %s refused: %s", username, why);
        return Uni.createFrom().failure(new AuthenticationFailedException(why));
    }
}
