package org.gridline.points;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gridline.auth.Role;
import org.gridline.points.RewardRequests.Adjustment;
import org.gridline.points.RewardRequests.PointsView;

/** A volunteer's points for street staff (ADMIN): balance, pending, statement; corrections with a reason. */
@Path("/api/points")
@Tag(name = "Points")
@SecurityRequirement(name = "jwt")
@RolesAllowed(Role.Names.ADMIN)
public class PointsResource {
    private final LedgerService ledger;

    public PointsResource(LedgerService ledger) {
        this.ledger = ledger;
    }

    @GET
    @Path("{openid}")
    @Operation(summary = "Balance, points pending in redemptions, and a statement page with running balances")
    public Uni<PointsView> get(@PathParam("openid") String openid,
                               @QueryParam("page") @DefaultValue("0") @Min(0) int page) {
        return ledger.statement(openid, page).map(s -> new PointsView(openid, s.balance().available(),
                s.balance().held(), s));
    }

    @POST
    @Path("adjust")
    @Operation(summary = "Correct a volunteer's points (signed amount, reason required; a repeated requestId changes "
            + "nothing)")
    public Uni<Transfer> adjust(@Valid @NotNull Adjustment adjustment) {
        return ledger.adjust(adjustment.requestId(), adjustment.openid(), adjustment.amount(), adjustment.reason());
    }
}
