package org.gridline.console;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.smallrye.jwt.runtime.auth.JsonWebTokenCredential;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/**
 * Signs a console request in from its session cookie: the cookie holds the same signed token the API issues, and it
 * is verified the same way (signature, issuer, lifespan, and the token version of {@code auth.TokenCheck}, so a
 * disabled login or a changed password ends the session too). Only for {@code /console}: the API keeps its bearer
 * tokens, and a cookie never authorises an API call. A bad, expired or revoked cookie is no session (anonymous),
 * which the console answers with its login page.
 */
@ApplicationScoped
class SessionCookieMechanism implements HttpAuthenticationMechanism {
    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        if (!isConsole(context.normalizedPath())) {
            return Uni.createFrom().nullItem();
        }
        Cookie cookie = context.request().getCookie(SessionCookies.SESSION);
        if (cookie == null || cookie.getValue().isBlank()) {
            return Uni.createFrom().nullItem();
        }
        TokenAuthenticationRequest request = new TokenAuthenticationRequest(
                new JsonWebTokenCredential(cookie.getValue()));
        HttpSecurityUtils.setRoutingContextAttribute(request, context);
        return identities.authenticate(request).onFailure().recoverWithNull();
    }

    /**
     * A console page that requires a role, asked for without a session, sends the browser to the login page (the
     * API's challenge stays the bearer mechanism's 401). Runs before the bearer mechanism's (see {@link #getPriority}).
     */
    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (!isConsole(context.normalizedPath())) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().item(new ChallengeData(302, HttpHeaderNames.LOCATION, ConsoleGuard.LOGIN));
    }

    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 1;
    }

    private static boolean isConsole(String path) {
        return path != null && ConsoleGuard.isConsole(path);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class);
    }
}
