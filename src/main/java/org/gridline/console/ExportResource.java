package org.gridline.console;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.gridline.audit.AuditLog;
import org.gridline.audit.AuditRecord;
import org.gridline.auth.Caller;
import org.gridline.auth.Role;
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
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER})
public class ExportResource {
    static final String ROUTE = "/console/reports/export.csv";

    private final ReportQueries reports;
    private final ReportExport exports;
    private final AuditLog audit;
    private final JsonWebToken token;

    public ExportResource(ReportQueries reports, ReportExport exports, AuditLog audit, JsonWebToken token) {
        this.reports = reports;
        this.exports = exports;
        this.audit = audit;
        this.token = token;
    }

    @GET
    @Produces("text/csv; charset=UTF-8")
    public RestMulti<String> export(@Context UriInfo uri) {
        Caller caller = Caller.of(token);
        ReportSearch search = reports.parse(uri.getQueryParameters());
        ReportExport.Export export = exports.csv(search, caller);
        String filter = search.filterQueryString();
        Multi<String> body = export.chunks()
                .onCompletion().call(() -> audited(caller, filter, export, 200))
                .onFailure().call(e -> audited(caller, filter, export, 500))
                .onCancellation().call(() -> audited(caller, filter, export, 499));
        return RestMulti.fromMultiData(body)
                .header("Content-Disposition", "attachment; filename=\"reports-" + search.to() + ".csv\"")
                .header("Cache-Control", "no-store").build();
    }

    private Uni<Void> audited(Caller caller, String filter, ReportExport.Export export, int status) {
        return audit.record(AuditRecord.export(caller, ROUTE, filter, export.rows().get(), status));
    }
}
