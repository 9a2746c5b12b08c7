package org.gridline.points;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gridline.auth.Role;

/**
 * The ledger check for street staff (ADMIN): counts only, no personal data, but a full scan of the ledger.
 */
@Tag(name = "Ledger checks")
@Path("/api/ledger")
@RolesAllowed(Role.Names.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class LedgerResource {
    private final LedgerChecker checker;

    public LedgerResource(LedgerChecker checker) {
        this.checker = checker;
    }

    @GET
    @Path("/check")
    public Uni<LedgerCheck> check() {
        return checker.check();
    }
}
