package org.gridline.points;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The ledger check for staff.
 * <p>
 * <b>Security note:</b> this endpoint is not protected yet. It must get {@code @RolesAllowed("ADMIN")} (the staff
 * role) once the staff login lands; that is wired when the auth branch is merged. It reveals no personal data, only
 * counts, but it runs a full scan of the ledger and must not be open to the public.
 */
@Path("/api/ledger")
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
