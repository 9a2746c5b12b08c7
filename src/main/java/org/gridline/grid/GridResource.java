package org.gridline.grid;

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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gridline.auth.Caller;
import org.gridline.auth.Role;
import org.gridline.grid.CityRequests.NewGrid;
import org.gridline.grid.CityViews.GridView;
import org.gridline.platform.Page;
import org.jboss.resteasy.reactive.ResponseStatus;

/**
 * 网格. Outlines and leaders are shared by all staff (one grid map for every line of work); a leader's phone is whole
 * only to an ADMIN and to the grid's own leader.
 */
@Path("/api/grids")
@Tag(name = "Grids")
@SecurityRequirement(name = "jwt")
public class GridResource {
    private final GridService grids;
    private final JsonWebToken token;

    public GridResource(GridService grids, JsonWebToken token) {
        this.grids = grids;
        this.token = token;
    }

    @POST
    @ResponseStatus(201)
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Create a grid with its outline (closed ring of [lng, lat]) and buildings, in one transaction")
    public Uni<GridView> create(@Valid @NotNull NewGrid grid) {
        return grids.create(grid, Caller.of(token));
    }

    @GET
    @RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER})
    @Operation(summary = "List grids, by code (without buildings); optionally of one community")
    public Uni<Page<GridView>> list(@QueryParam("communityCode") String communityCode,
                                    @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                    @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return grids.list(communityCode, page, size, Caller.of(token));
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER})
    @Operation(summary = "One grid with its outline, leader and buildings")
    public Uni<GridView> get(@PathParam("code") String code) {
        return grids.get(code, Caller.of(token));
    }
}
