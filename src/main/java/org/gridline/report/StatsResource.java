package org.gridline.report;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gridline.auth.Caller;
import org.gridline.auth.Role;
import org.gridline.report.StatsViews.Stats;

/** 统计: the KPIs of the reports (办结率, 按时办结率, 满意率 …). An ADMIN sees every grid; a LEADER their own grid. */
@Path("/api/stats")
@Tag(name = "Statistics")
@SecurityRequirement(name = "jwt")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER})
public class StatsResource {
    private final StatsQueries stats;
    private final JsonWebToken token;

    public StatsResource(StatsQueries stats, JsonWebToken token) {
        this.stats = stats;
        this.token = token;
    }

    @GET
    @Operation(summary = "KPIs of the reports filed in a window of days, overall and per grid",
            description = "Cancelled reports count in `cancelled` only; reports without a grid in `overall` and, for "
                    + "an "
                    + "ADMIN asking for every grid, `withoutGrid`.")
    @APIResponse(responseCode = "200", description = "The KPIs")
    @APIResponse(responseCode = "400", description = "A date that is not ISO, from after to, or more than 366 days")
    @APIResponse(responseCode = "403", description = "A LEADER asking for another grid")
    @APIResponse(responseCode = "404", description = "No such grid")
    public Uni<Stats> get(
            @Parameter(description = "One grid; a LEADER gets their own without it") @QueryParam("grid") String grid,
            @Parameter(description = "First day, Beijing time (default: 29 days before to)", example = "2026-11-01",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "Last day, inclusive, Beijing time (default: today)", example = "2026-11-30",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to) {
        return stats.stats(grid, from, to, Caller.of(token));
    }
}
