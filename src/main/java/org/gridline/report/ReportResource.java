package org.gridline.report;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gridline.auth.Caller;
import org.gridline.auth.Role;
import org.gridline.platform.Page;
import org.gridline.report.ReportViews.ReportDetail;
import org.gridline.report.ReportViews.ReportItem;

/** 事件: reports as residents filed them. An ADMIN sees all; a LEADER the reports of their own grid. */
@Path("/api/reports")
@Tag(name = "Reports")
@SecurityRequirement(name = "jwt")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER})
public class ReportResource {
    private final ReportQueries reports;
    private final JsonWebToken token;

    public ReportResource(ReportQueries reports, JsonWebToken token) {
        this.reports = reports;
        this.token = token;
    }

    @GET
    @Operation(summary = "List reports, newest first; optionally by reporter openid, grid, status, category and "
            + "overdue")
    @APIResponse(responseCode = "200",
            description = "A page of reports, each with its assignee, deadline and overdue flag")
    @APIResponse(responseCode = "400", description = "An unknown status (the answer names the allowed values)")
    @APIResponse(responseCode = "403", description = "A LEADER asking for another grid")
    public Uni<Page<ReportItem>> list(@QueryParam("reporter") String reporter, @QueryParam("grid") String grid,
                                      @Parameter(description = "One of RECEIVED, DISPATCHED, ACCEPTED, SUSPENDED, "
                                              + "RESOLVED, CLOSED, RETURNED, CANCELLED, REOPENED")
                                      @QueryParam("status") String status,
                                      @QueryParam("category") String category,
                                      @Parameter(description = "true: only open reports past their deadline (超期); "
                                              + "false: only the others") @QueryParam("overdue") Boolean overdue,
                                      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return reports.list(reporter, grid, status, category, overdue, page, size, Caller.of(token));
    }

    @GET
    @Path("queue")
    @Operation(summary = "The staff queue (工单列表): reports filed in a range of days (default the last 30), filtered "
            + "and sorted as the console's query parameters say, each with its assignee's name and deadline badge")
    @APIResponse(responseCode = "200", description = "A page of queue rows")
    @APIResponse(responseCode = "400", description = "A parameter not understood (the code names it)")
    @APIResponse(responseCode = "403", description = "A LEADER naming another grid")
    public Uni<Page<QueueRow>> queue(@Context UriInfo uri) {
        return reports.search(reports.parse(uri.getQueryParameters()), Caller.of(token));
    }

    @GET
    @Path("{number}")
    @Operation(summary = "One report with its photos and timeline")
    public Uni<ReportDetail> get(@PathParam("number") String number) {
        return reports.get(number, Caller.of(token));
    }
}
