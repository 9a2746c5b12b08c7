package org.gridline.console;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.gridline.auth.Caller;
import org.gridline.platform.error.DomainException;

/**
 * The person signed in to the console for this request, as the session cookie says. Templates reach it as
 * {@code {inject:consoleUser.name}} (the layout shows name and role, and puts {@link #csrf()} in its forms), so a page
 * passes nothing about who is signed in.
 */
@Named("consoleUser")
@RequestScoped
public class ConsoleUser {
    private final SecurityIdentity identity;

    ConsoleUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** Whether a valid session is behind this request. */
    public boolean isSignedIn() {
        return token() != null;
    }

    /** The staff member, for the features' services. */
    public Caller caller() {
        JsonWebToken token = token();
        if (token == null) {
            throw new DomainException(401, "not-signed-in", "Sign in to the console first");
        }
        return Caller.of(token);
    }

    public String name() {
        return isSignedIn() ? caller().username() : "";
    }

    public boolean isAdmin() {
        return isSignedIn() && caller().isAdmin();
    }

    /** A leader's grid code; empty for street staff. */
    public String grid() {
        String grid = isSignedIn() ? caller().gridCode() : null;
        return grid == null ? "" : grid;
    }

    /** The CSRF token every state-changing form of this session carries. */
    public String csrf() {
        JsonWebToken token = token();
        return token == null ? "" : Csrf.ofSession(token.getRawToken());
    }

    /** @throws DomainException 403 {@code csrf} unless {@code given} is this session's CSRF token */
    public void requireCsrf(String given) {
        if (!isSignedIn() || !Csrf.matches(csrf(), given)) {
            throw new DomainException(403, "csrf", "The form is missing its security token; reload the page");
        }
    }

    /** @throws DomainException 403 {@code admin-only} unless street staff are signed in */
    public void requireAdmin() {
        if (!isAdmin()) {
            throw new DomainException(403, "admin-only", "Only street staff (ADMIN) may open this page");
        }
    }

    private JsonWebToken token() {
        if (identity.isAnonymous()) {
            return null;
        }
        return identity.getPrincipal() instanceof JsonWebToken token ? token : null;
    }
}
