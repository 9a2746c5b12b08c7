package org.gridline.auth;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;

/**
 * Tells SmallRye JWT to verify bearer tokens with our public key (from {@link SigningKeys}, not from
 * {@code mp.jwt.verify.*} properties) and our issuer, refusing tokens that live longer than the token lifespan.
 * Replaces the extension's configuration-based producer.
 */
@ApplicationScoped
public class TokenVerification {

    @Produces
    @Alternative
    @Priority(1)
    @ApplicationScoped
    JWTAuthContextInfo contextInfo(SigningKeys keys, AuthConfig config) {
        JWTAuthContextInfo info = new JWTAuthContextInfo(keys.pair().getPublic(), config.issuer());
        info.setRequireNamedPrincipal(true);
        // exp − iat at most the lifespan (and iat required); TokenCheck adds iat not in the future and the token
        // version.
        info.setMaxTimeToLiveSecs(config.tokenLifespan().toSeconds());
        return info;
    }
}
