package org.gridline.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gridline.auth.Caller;
import org.gridline.report.ReportQueries;
import org.gridline.report.ReportSearch;

/**
 * The queue (工单列表, {@code /console/reports}): the reports a {@link ReportSearch} finds, with its filters in the URL
 * and the bulk form for the rows selected ({@link BulkResource}).
 */
@Path("/console/reports")
@Tag(name = "Console pages")
@Produces(MediaType.TEXT_HTML)
public class QueueResource {
    private final ReportQueries reports;
    private final QueueChoices choices;
    private final ConsoleUser user;

    public QueueResource(ReportQueries reports, QueueChoices choices, ConsoleUser user) {
        this.reports = reports;
        this.choices = choices;
        this.user = user;
    }

    @CheckedTemplate(basePath = "console")
    static class Templates {
        static native TemplateInstance queue(QueueView view);
    }

    @GET
    @Operation(summary = "Console: the queue; its filters are the query parameters of ReportSearch")
    public Uni<Response> queue(@Context UriInfo uri) {
        Caller caller = user.caller();
        return Pages.orRefusal(Uni.createFrom().item(() -> reports.parse(uri.getQueryParameters()))
                .chain(search -> reports.search(search, caller).chain(page -> choices.of(search, caller)
                        .map(c -> Pages.ok(Templates.queue(QueueView.of(search, page, c, caller)))))));
    }
}
