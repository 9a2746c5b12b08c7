package org.gridline.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gridline.report.workorder.DepartmentOrders;
import org.gridline.report.workorder.Reclassifications;
import org.gridline.report.workorder.StaffActions;
import org.jboss.resteasy.reactive.RestForm;

import java.util.function.Supplier;

/**
 * The report page ({@code /console/reports/{number}}): everything about one report, and a form for each action the
 * lifecycle allows this caller now, each with its reason. A form posts to the same service method the API uses; done,
 * the page is shown again with a notice; refused, with the lifecycle's reason.
 */
@Path("/console/reports/{number}")
@Tag(name = "Console pages")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class ReportPageResource {
    private final ReportSheets sheets;
    private final StaffActions actions;
    private final DepartmentOrders departmentOrders;
    private final Reclassifications reclassifications;
    private final ConsoleUser user;

    public ReportPageResource(ReportSheets sheets, StaffActions actions, DepartmentOrders departmentOrders,
                              Reclassifications reclassifications, ConsoleUser user) {
        this.sheets = sheets;
        this.actions = actions;
        this.departmentOrders = departmentOrders;
        this.reclassifications = reclassifications;
        this.user = user;
    }

    @CheckedTemplate(basePath = "console")
    static class Templates {
        static native TemplateInstance report(ReportSheet sheet, String done, String refusal);
    }

    @GET
    @Operation(summary = "Console: one report with its timeline and the actions allowed now")
    public Uni<Response> page(@PathParam("number") String number, @QueryParam("done") String done) {
        return Pages.orRefusal(sheets.of(number, user.caller()).map(s -> Pages.ok(Templates.report(s, done, null))));
    }

    @POST
    @Path("dispatch")
    @Operation(summary = "Console: dispatch (派单 / 重新派单), optionally to a grid (ADMIN) and a person")
    public Uni<Response> dispatch(@PathParam("number") String number, @RestForm String csrf, @RestForm String grid,
                                  @RestForm String assignee, @RestForm String note) {
        return act(number, "dispatch", csrf, () -> actions.dispatch(number, user.caller(), blank(grid),
                blank(assignee), note).replaceWithVoid());
    }

    @POST
    @Path("reassign")
    @Operation(summary = "Console: reassign (改派) with the reason")
    public Uni<Response> reassign(@PathParam("number") String number, @RestForm String csrf,
                                  @RestForm String assignee, @RestForm String reason) {
        return act(number, "reassign", csrf, () -> actions.reassign(number, user.caller(), blank(assignee), reason)
                .replaceWithVoid());
    }

    @POST
    @Path("cancel")
    @Operation(summary = "Console: cancel (作废) with the reason the resident reads")
    public Uni<Response> cancel(@PathParam("number") String number, @RestForm String csrf,
                                @RestForm String reason) {
        return act(number, "cancel", csrf, () -> actions.cancel(number, user.caller(), reason).replaceWithVoid());
    }

    @POST
    @Path("reclassify")
    @Operation(summary = "Console: reclassify (改类) with the reason; deadline and department follow the category")
    public Uni<Response> reclassify(@PathParam("number") String number, @RestForm String csrf,
                                    @RestForm String category, @RestForm String reason) {
        return act(number, "reclassify", csrf, () -> reclassifications.reclassify(number, user.caller(),
                category == null ? "" : category.strip(), reason).replaceWithVoid());
    }

    @POST
    @Path("order")
    @Operation(summary = "Console: a department order (发令) with what is asked")
    public Uni<Response> order(@PathParam("number") String number, @RestForm String csrf,
                               @RestForm String department, @RestForm String note) {
        return act(number, "order", csrf, () -> departmentOrders.issueAsStaff(user.caller(), number, department,
                note).replaceWithVoid());
    }

    /** The action after the CSRF check; done → the page again with a notice, refused → the page with the reason. */
    private Uni<Response> act(String number, String done, String csrf, Supplier<Uni<Void>> action) {
        return Uni.createFrom().voidItem().invoke(() -> user.requireCsrf(csrf)).chain(() -> action.get())
                .map(v -> Pages.seeOther(UriBuilder.fromPath("/console/reports/{n}").queryParam("done", done)
                        .build(number).toString()))
                .onFailure(Pages::isRefusal).recoverWithUni(e -> refusedOn(number, e));
    }

    private Uni<Response> refusedOn(String number, Throwable refusal) {
        if (refusal instanceof org.gridline.platform.error.DomainException d && "csrf".equals(d.code())) {
            return Uni.createFrom().item(Pages.refused(refusal));
        }
        return Pages.orRefusal(sheets.of(number, user.caller()).map(s -> Pages.page(Pages.status(refusal),
                Templates.report(s, null, Pages.reason(refusal)))));
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
