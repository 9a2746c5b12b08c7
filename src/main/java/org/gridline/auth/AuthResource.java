package org.gridline.auth;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The staff login: the only {@code /api} endpoint open without a token. */
@Path("/api/auth/token")
@Tag(name = "Tokens")
public class AuthResource {
    private final StaffService staff;

    public AuthResource(StaffService staff) {
        this.staff = staff;
    }

    @POST
    @PermitAll
    @Operation(summary = "Log in: a bearer token for a username and password",
            description = "401 on bad credentials; 429 after too many failed logins of one username within a minute")
    public Uni<AccessToken> token(@Valid @NotNull Credentials credentials) {
        return staff.login(credentials);
    }
}
