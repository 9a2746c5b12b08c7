package org.gridline.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gridline.audit.AuditKind;
import org.gridline.audit.AuditLog;
import org.gridline.audit.AuditQuery;
import org.gridline.audit.AuditView;
import org.gridline.platform.Page;
import org.gridline.platform.time.ClockProducer;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * 操作日志 ({@code /console/audit}, street staff only): the audit log with its filters (person, kind, days) in the
 * URL, newest first, a page at a time, in the console's layout.
 */
@Path("/console/audit")
@Tag(name = "Console pages")
public class AuditPage {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditLog audit;
    private final ConsoleUser user;

    public AuditPage(AuditLog audit, ConsoleUser user) {
        this.audit = audit;
        this.user = user;
    }

    /** One line of the table, its time in Beijing. */
    public record Line(String at, AuditView entry) {
        static Line of(AuditView entry) {
            return new Line(TIME.format(entry.at().atZoneSameInstant(ClockProducer.ZONE)), entry);
        }
    }

    /** The URL of the filtered log up to and including the {@code ?} or {@code &} before {@code page=}. */
    static String pageLink(AuditQuery query, int size) {
        String filter = query.filterQueryString();
        return "/console/audit?" + (filter.isEmpty() ? "" : filter + "&")
                + (size == Page.DEFAULT_SIZE ? "" : "size=" + size + "&");
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance audit(AuditQuery query, List<AuditKind> kinds, List<Line> lines,
                                             Pager pager, String link);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Console: the audit log, filtered by person, kind and days (ADMIN)")
    public Uni<Response> page(@QueryParam("person") String person, @QueryParam("kind") String kind,
                              @QueryParam("from") String from, @QueryParam("to") String to,
                              @QueryParam("page") String page, @QueryParam("size") String size) {
        return Pages.orRefusal(Uni.createFrom().item(() -> {
            user.requireAdmin();
            return AuditQuery.parse(person, kind, from, to, page, size);
        }).chain(query -> audit.list(query).map(found -> Pages.ok(Templates.audit(query,
                List.of(AuditKind.values()), found.items().stream().map(Line::of).toList(),
                Pager.of(found.page(), found.size(), found.total()), pageLink(query, found.size()))))));
    }
}
