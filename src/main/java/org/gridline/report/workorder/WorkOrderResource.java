package org.gridline.report.workorder;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gridline.auth.Caller;
import org.gridline.auth.Role;
import org.gridline.platform.error.DomainException;
import org.gridline.report.ReportQueries;
import org.gridline.report.ReportViews.ReportDetail;

/**
 * Staff actions on a work order, each with its reason on the timeline. An ADMIN (street staff) acts on any report; a
 * LEADER on the reports of their grid (作废 is street staff's only; 改类 moves the deadline and department too). A
 * refused transition is 409 with the reason, a missing reason 400; the answer is the report as it now stands.
 */
@Path("/api/reports/{number}")
@Tag(name = "Reports")
@SecurityRequirement(name = "jwt")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER})
public class WorkOrderResource {
    private final StaffActions orders;
    private final Reclassifications reclassifications;
    private final ReportQueries reports;
    private final JsonWebToken token;

    public WorkOrderResource(StaffActions orders, Reclassifications reclassifications, ReportQueries reports,
                             JsonWebToken token) {
        this.orders = orders;
        this.reclassifications = reclassifications;
        this.reports = reports;
        this.token = token;
    }

    @POST
    @Path("dispatch")
    @Operation(summary = "Dispatch (派单) a queued, returned or reopened report, to a named worker or by the rule")
    public Uni<ReportDetail> dispatch(@PathParam("number") String number, @Valid WorkOrderRequests.Dispatch body) {
        var request = body == null ? new WorkOrderRequests.Dispatch(null, null, null) : body;
        Caller caller = Caller.of(token);
        return answer(orders.dispatch(number, caller, blank(request.grid()), blank(request.assignee()),
                request.note()), number, caller);
    }

    @POST
    @Path("cancel")
    @Operation(summary = "Cancel (作废) a duplicate or invalid report, with the reason the resident reads")
    public Uni<ReportDetail> cancel(@PathParam("number") String number,
                                    @Valid @NotNull WorkOrderRequests.Cancel body) {
        Caller caller = Caller.of(token);
        return answer(orders.cancel(number, caller, body.reason()), number, caller);
    }

    @POST
    @Path("reassign")
    @Operation(summary = "Reassign (改派) a live order to another worker of its grid, with the reason")
    public Uni<ReportDetail> reassign(@PathParam("number") String number,
                                      @Valid @NotNull WorkOrderRequests.Reassign body) {
        Caller caller = Caller.of(token);
        return answer(orders.reassign(number, caller, blank(body.assignee()), body.reason()), number, caller);
    }

    @POST
    @Path("reclassify")
    @Operation(summary = "Reclassify (改类) an open report: level, department and deadline follow the new category")
    public Uni<ReportDetail> reclassify(@PathParam("number") String number,
                                        @Valid @NotNull WorkOrderRequests.Reclassify body) {
        Caller caller = Caller.of(token);
        return answer(reclassifications.reclassify(number, caller, body.category().strip(), body.reason()), number,
                caller);
    }

    private Uni<ReportDetail> answer(Uni<?> action, String number, Caller caller) {
        return action.onFailure(IllegalTransition.class).transform(e -> problem((IllegalTransition) e))
                .chain(() -> reports.get(number, caller));
    }

    static DomainException problem(IllegalTransition e) {
        int status = switch (e.code()) {
            case IllegalTransition.REASON_REQUIRED -> 400;
            case IllegalTransition.FORBIDDEN -> 403;
            case "unknown-report" -> 404;
            default -> 409;
        };
        return new DomainException(status, e.code(), e.getMessage());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
