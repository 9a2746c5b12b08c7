package org.gridline.points;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gridline.auth.Role;
import org.gridline.platform.Page;
import org.gridline.points.RewardRequests.NewReward;
import org.gridline.points.RewardRequests.RewardView;
import org.jboss.resteasy.reactive.ResponseStatus;

/** The reward catalogue: street staff (ADMIN) add items; grid leaders may read it. */
@Path("/api/rewards")
@Tag(name = "Rewards")
@SecurityRequirement(name = "jwt")
public class RewardResource {
    private final RewardService rewards;

    public RewardResource(RewardService rewards) {
        this.rewards = rewards;
    }

    @POST
    @ResponseStatus(201)
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Add a reward to the catalogue")
    public Uni<RewardView> create(@Valid @NotNull NewReward reward) {
        return rewards.create(reward);
    }

    @GET
    @RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER})
    @Operation(summary = "The catalogue with stock, reserved and issued units")
    public Uni<Page<RewardView>> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return rewards.list(page, size);
    }
}
