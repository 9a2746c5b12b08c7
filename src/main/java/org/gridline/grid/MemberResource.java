package org.gridline.grid;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
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
import org.gridline.grid.CityRequests.NewMember;
import org.gridline.platform.Page;
import org.jboss.resteasy.reactive.ResponseStatus;

/** The people of one grid: an ADMIN, or that grid's own LEADER (403 for another grid's leader). */
@Path("/api/grids/{code}/members")
@Tag(name = "Grid members")
@SecurityRequirement(name = "jwt")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER})
public class MemberResource {
    private final MemberService members;
    private final JsonWebToken token;

    public MemberResource(MemberService members, JsonWebToken token) {
        this.members = members;
        this.token = token;
    }

    @POST
    @ResponseStatus(201)
    @Operation(summary = "Add a member (LEADER only by an ADMIN; one LEADER per grid)")
    public Uni<MemberView> add(@PathParam("code") String code, @Valid @NotNull NewMember member) {
        return members.add(code, member, Caller.of(token));
    }

    @GET
    @Operation(summary = "List the grid's members, by role then openid; optionally of one role")
    public Uni<Page<MemberView>> list(@PathParam("code") String code, @QueryParam("role") MemberRole role,
                                      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return members.list(code, role, page, size, Caller.of(token));
    }

    @DELETE
    @Path("{openid}")
    @ResponseStatus(204)
    @Operation(summary = "Remove a member from the grid")
    public Uni<Void> remove(@PathParam("code") String code, @PathParam("openid") String openid) {
        return members.remove(code, openid, Caller.of(token));
    }
}
