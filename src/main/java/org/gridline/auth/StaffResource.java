package org.gridline.auth;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

import java.util.List;

/** Staff logins, created and managed by an administrator. */
@Path("/api/staff")
@Tag(name = "Staff accounts")
@SecurityRequirement(name = "jwt")
@RolesAllowed(Role.Names.ADMIN)
public class StaffResource {
    private final StaffService staff;
    private final StaffManagement management;
    private final JsonWebToken token;

    public StaffResource(StaffService staff, StaffManagement management, JsonWebToken token) {
        this.staff = staff;
        this.management = management;
        this.token = token;
    }

    @POST
    @ResponseStatus(201)
    @Operation(summary = "Create a staff login: ADMIN, or LEADER of one grid",
            description = "400 weak-password when the password breaks the password rules (see the README)")
    public Uni<StaffView> create(@Valid @NotNull NewStaff newStaff) {
        return staff.create(newStaff);
    }

    @GET
    @Operation(summary = "List the staff logins, by username")
    public Uni<List<StaffView>> list() {
        return management.list();
    }

    @POST
    @Path("{username}/disable")
    @Operation(summary = "Disable a login: it cannot log in and its tokens are refused at once (not your own)")
    public Uni<StaffView> disable(@PathParam("username") String username) {
        return management.setDisabled(username, true, Caller.of(token));
    }

    @POST
    @Path("{username}/enable")
    @Operation(summary = "Enable a disabled login again (tokens from before stay refused)")
    public Uni<StaffView> enable(@PathParam("username") String username) {
        return management.setDisabled(username, false, Caller.of(token));
    }

    @POST
    @Path("{username}/password")
    @Operation(summary = "Reset a login's password: the given one, or a generated one answered once; revokes its "
            + "tokens")
    public Uni<PasswordReset> resetPassword(@PathParam("username") String username, @Valid PasswordReset reset) {
        return management.resetPassword(username, reset == null ? null : reset.password(), Caller.of(token));
    }
}
