package org.gridline.console;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gridline.audit.AuditLog;
import org.gridline.audit.AuditRecord;
import org.gridline.auth.Caller;
import org.gridline.platform.error.DomainException;
import org.gridline.report.ReportExport;
import org.gridline.report.ReportQueries;
import org.gridline.report.ReportSearch;
import org.jboss.resteasy.reactive.RestMulti;

/**
 * 导出: the queue's current filter (the same query parameters, {@link ReportSearch}) as a CSV file, every page of it,
 * streamed as it is read. A LEADER gets their grid only (naming another is 403). Every export is in the audit log
 * with its filter and its number of rows, once it ended (cut short by the client: status 499).
 */
@Path(ExportResource.ROUTE)
@Tag(name = "Console pages")
public class ExportResource {
    static final String ROUTE = "/console/reports/export.csv";

    private final ReportQueries reports;
    private final ReportExport exports;
    private final AuditLog audit;
    private final ConsoleUser user;

    public ExportResource(ReportQueries reports, ReportExport exports, AuditLog audit, ConsoleUser user) {
        this.reports = reports;
        this.exports = exports;
        this.audit = audit;
        this.user = user;
    }

    /** The file, or the console's refusal page (400 for a filter not understood, 403 for another grid). */
    @GET
    @Produces("text/csv; charset=UTF-8")
    @Operation(summary = "Console: the queue's filter as a CSV file, streamed (ADMIN, LEADER: own grid)")
    public RestMulti<String> export(@Context UriInfo uri) {
        Caller caller = user.caller();
        ReportSearch search;
        ReportExport.Export export;
        try {
            search = reports.parse(uri.getQueryParameters());
            export = exports.csv(search, caller);
        } catch (DomainException refusal) {
            return RestMulti.fromMultiData(Multi.createFrom().item(() -> Pages.Templates.refused(refusal.status(),
                            Pages.reason(refusal)).render())).status(refusal.status())
                    .header(HttpHeaders.CONTENT_TYPE, "text/html; charset=UTF-8").build();
        }
        String filter = search.filterQueryString();
        Multi<String> body = export.chunks()
                .onCompletion().call(() -> audited(caller, filter, export, 200))
                .onFailure().call(e -> audited(caller, filter, export, 500))
                .onCancellation().call(() -> audited(caller, filter, export, 499));
        return RestMulti.fromMultiData(body).header(HttpHeaders.CONTENT_TYPE, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"reports-" + search.to() + ".csv\"")
                .header("Cache-Control", "no-store").build();
    }

    private Uni<Void> audited(Caller caller, String filter, ReportExport.Export export, int status) {
        return audit.record(AuditRecord.export(caller, ROUTE, filter, export.rows().get(), status));
    }
}
