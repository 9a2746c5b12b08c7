package org.gridline.auth;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The staff login (the only {@code /api} endpoint open without a token) and one's own password change. The client is
 * the remote address of the connection, or the forwarded one when {@code quarkus.http.proxy.*} trusts a proxy.
 */
@Path("/api/auth")
@Tag(name = "Tokens")
public class AuthResource {
    private final StaffService staff;
    private final JsonWebToken token;

    public AuthResource(StaffService staff, JsonWebToken token) {
        this.staff = staff;
        this.token = token;
    }

    @POST
    @Path("token")
    @PermitAll
    @Operation(summary = "Log in: a bearer token for a username and password",
            description = "401 on bad credentials; 403 for a disabled login; 429 with Retry-After after repeated "
                    + "failures from this client (or for this username from this client)")
    public Uni<AccessToken> token(@Valid @NotNull Credentials credentials, @Context HttpServerRequest request) {
        return staff.login(credentials, client(request));
    }

    @POST
    @Path("password")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Change your own password (needs the current one); answers a new token, revokes the others",
            description = "403 wrong-password; 400 weak-password; 429 with Retry-After like the login")
    public Uni<AccessToken> changePassword(@Valid @NotNull PasswordChange change, @Context HttpServerRequest request) {
        return staff.changeOwnPassword(token.getName(), change, client(request));
    }

    private static String client(HttpServerRequest request) {
        var address = request.remoteAddress();
        return address == null ? "unknown" : address.hostAddress();
    }
}
