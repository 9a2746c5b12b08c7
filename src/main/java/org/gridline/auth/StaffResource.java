package org.gridline.auth;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** Staff logins, created by an administrator. */
@Path("/api/staff")
@Tag(name = "Staff accounts")
@SecurityRequirement(name = "jwt")
@RolesAllowed(Role.Names.ADMIN)
public class StaffResource {
    private final StaffService staff;

    public StaffResource(StaffService staff) {
        this.staff = staff;
    }

    @POST
    @ResponseStatus(201)
    @Operation(summary = "Create a staff login: ADMIN, or LEADER of one grid")
    public Uni<StaffView> create(@Valid @NotNull NewStaff newStaff) {
        return staff.create(newStaff);
    }
}
