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
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gridline.auth.Role;
import org.gridline.grid.CityRequests.NewCommunity;
import org.gridline.grid.CityViews.CommunityView;
import org.gridline.platform.Page;
import org.jboss.resteasy.reactive.ResponseStatus;

/** 社区. */
@Path("/api/communities")
@Tag(name = "Communities")
@SecurityRequirement(name = "jwt")
public class CommunityResource {
    private final CityService city;

    public CommunityResource(CityService city) {
        this.city = city;
    }

    @POST
    @ResponseStatus(201)
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Create a community (社区) in a street")
    public Uni<CommunityView> create(@Valid @NotNull NewCommunity community) {
        return city.createCommunity(community);
    }

    @GET
    @RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER})
    @Operation(summary = "List communities, by code; optionally of one street")
    public Uni<Page<CommunityView>> list(@QueryParam("streetCode") String streetCode,
                                         @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                         @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return city.communities(streetCode, page, size);
    }
}
