package org.gridline.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gridline.auth.Caller;
import org.gridline.platform.Page;
import org.gridline.platform.error.DomainException;
import org.gridline.report.workorder.Assignments;
import org.gridline.report.workorder.StaffActions;
import org.jboss.resteasy.reactive.RestForm;

import java.util.List;

/**
 * The queue's bulk actions on the rows selected: assign them (派单, or 改派 for a live order) or cancel them (作废),
 * each report on its own through the same service method and lifecycle check as a single action, with its own
 * timeline entry and notices; the answer says per report what happened, and one refusal undoes nothing else.
 */
@Path("/console/reports/bulk")
@Tag(name = "Console pages")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class BulkResource {
    private final Assignments assignments;
    private final StaffActions actions;
    private final ConsoleUser user;

    public BulkResource(Assignments assignments, StaffActions actions, ConsoleUser user) {
        this.assignments = assignments;
        this.actions = actions;
        this.user = user;
    }

    @CheckedTemplate(basePath = "console")
    static class Templates {
        static native TemplateInstance bulk(String action, List<BulkResult> results, String back);
    }

    @POST
    @Operation(summary = "Console: assign (派单/改派) or cancel (作废) the selected reports, each on its own")
    public Uni<Response> bulk(@RestForm String csrf, @RestForm("number") List<String> numbers,
                              @RestForm String action, @RestForm String assignee, @RestForm String reason,
                              @RestForm String back) {
        String query = back == null ? "" : back;
        return Pages.orRefusal(Uni.createFrom().item(() -> checked(csrf, numbers, action))
                .chain(chosen -> Multi.createFrom().iterable(chosen)
                        .onItem().transformToUniAndConcatenate(number -> one(action, number, assignee, reason))
                        .collect().asList())
                .map(results -> Pages.ok(Templates.bulk(action, results, query.startsWith("?") ? query : "?"
                        + query))));
    }

    /** The numbers to act on, once the form proved it is this session's and names an action and some reports. */
    private List<String> checked(String csrf, List<String> numbers, String action) {
        user.requireCsrf(csrf);
        if (!"assign".equals(action) && !"cancel".equals(action)) {
            throw DomainException.badRequest("invalid-action", "action is assign or cancel");
        }
        List<String> chosen = numbers == null ? List.of()
                : numbers.stream().map(String::strip).filter(n -> !n.isEmpty()).distinct().toList();
        if (chosen.isEmpty() || chosen.size() > Page.MAX_SIZE) {
            throw DomainException.badRequest("invalid-selection", "select 1 to " + Page.MAX_SIZE + " reports");
        }
        return chosen;
    }

    /** One report of the batch, in its own transaction: done, or refused with the reason; never the others' fate. */
    private Uni<BulkResult> one(String action, String number, String assignee, String reason) {
        Caller caller = user.caller();
        Uni<Void> done = "assign".equals(action)
                ? assignments.assign(number, caller, ReportPageResource.blank(assignee), reason)
                : actions.cancel(number, caller, reason).replaceWithVoid();
        return done.map(v -> BulkResult.done(number))
                .onFailure(Pages::isRefusal).recoverWithItem(e -> BulkResult.refused(number, Pages.reason(e)));
    }
}
