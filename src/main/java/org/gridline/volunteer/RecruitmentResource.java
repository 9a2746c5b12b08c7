package org.gridline.volunteer;

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
import org.gridline.platform.Page;
import org.gridline.volunteer.RecruitmentRequests.AttendanceFix;
import org.gridline.volunteer.RecruitmentRequests.NewRecruitment;
import org.gridline.volunteer.RecruitmentViews.RecruitmentDetail;
import org.gridline.volunteer.RecruitmentViews.RecruitmentView;
import org.gridline.volunteer.RecruitmentViews.SignUpView;
import org.jboss.resteasy.reactive.ResponseStatus;

/** Recruitments (招募令) for an ADMIN, or the LEADER of the recruitment's grid (403 for another grid's). */
@Path("/api/recruitments")
@Tag(name = "Recruitments")
@SecurityRequirement(name = "jwt")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER})
public class RecruitmentResource {
    private final RecruitmentService recruitments;
    private final RecruitmentQueries queries;
    private final AttendanceService attendance;
    private final JsonWebToken token;

    public RecruitmentResource(RecruitmentService recruitments, RecruitmentQueries queries,
                               AttendanceService attendance, JsonWebToken token) {
        this.recruitments = recruitments;
        this.queries = queries;
        this.attendance = attendance;
        this.token = token;
    }

    @POST
    @ResponseStatus(201)
    @Operation(summary = "Draft a recruitment")
    public Uni<RecruitmentView> create(@Valid @NotNull NewRecruitment request) {
        return recruitments.create(request, Caller.of(token));
    }

    @GET
    @Operation(summary = "List recruitments, the latest start first; optionally by grid and status (a LEADER: own "
            + "grid)")
    public Uni<Page<RecruitmentView>> list(@QueryParam("grid") String grid, @QueryParam("status") String status,
                                           @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                           @QueryParam("size") @DefaultValue("20") @Min(1)
                                                   @Max(Page.MAX_SIZE) int size) {
        return queries.list(grid, status, page, size, Caller.of(token));
    }

    @POST
    @Path("{id}/publish")
    @Operation(summary = "Publish a draft: open for sign-up, the grid's volunteers are notified")
    public Uni<RecruitmentView> publish(@PathParam("id") long id) {
        return recruitments.publish(id, Caller.of(token));
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Cancel a recruitment")
    public Uni<RecruitmentView> cancel(@PathParam("id") long id) {
        return recruitments.cancel(id, Caller.of(token));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A recruitment with its sign-ups and its waitlist, in order")
    public Uni<RecruitmentDetail> get(@PathParam("id") long id) {
        return recruitments.detail(id, Caller.of(token));
    }

    @POST
    @Path("{id}/sign-ups/{signUpId}/attendance")
    @Operation(summary = "Correct a sign-up's check-in and check-out (reason required); points follow the award rule")
    public Uni<SignUpView> correct(@PathParam("id") long id, @PathParam("signUpId") long signUpId,
                                   @Valid @NotNull AttendanceFix fix) {
        return attendance.correct(id, signUpId, fix, Caller.of(token));
    }
}
