package org.gridline.audit;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gridline.auth.Role;
import org.gridline.platform.Page;

/** 操作日志: what staff changed, every login and failed login, every export; for street staff (ADMIN) only. */
@Path("/api/audit")
@Tag(name = "Audit entries")
@SecurityRequirement(name = "jwt")
@RolesAllowed(Role.Names.ADMIN)
public class AuditResource {
    private final AuditLog audit;

    public AuditResource(AuditLog audit) {
        this.audit = audit;
    }

    @GET
    @Operation(summary = "The audit log, newest first; by person (username), kind and days (Beijing, inclusive)")
    @APIResponse(responseCode = "200", description = "A page of entries")
    @APIResponse(responseCode = "400", description = "A kind, date, page or size not understood (the code says which)")
    public Uni<Page<AuditView>> list(@QueryParam("person") String person,
                                     @Parameter(description = "ACTION, LOGIN, LOGIN_FAILED or EXPORT")
                                     @QueryParam("kind") String kind,
                                     @QueryParam("from") String from, @QueryParam("to") String to,
                                     @QueryParam("page") String page, @QueryParam("size") String size) {
        return audit.list(AuditQuery.parse(person, kind, from, to, page, size));
    }
}
