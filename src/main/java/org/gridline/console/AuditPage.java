package org.gridline.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.gridline.audit.AuditKind;
import org.gridline.audit.AuditLog;
import org.gridline.audit.AuditQuery;
import org.gridline.audit.AuditView;
import org.gridline.auth.Role;
import org.gridline.platform.Page;
import org.gridline.platform.time.ClockProducer;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * 操作日志 ({@code /console/audit}, street staff only): the audit log with its filters (person, kind, days) in the
 * URL, newest first, a page at a time, in the console's layout.
 */
@Path("/console/audit")
@RolesAllowed(Role.Names.ADMIN)
public class AuditPage {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditLog audit;

    public AuditPage(AuditLog audit) {
        this.audit = audit;
    }

    /** One line of the table, its time in Beijing. */
    public record Line(String at, AuditView entry) {
        static Line of(AuditView entry) {
            return new Line(TIME.format(entry.at().atZoneSameInstant(ClockProducer.ZONE)), entry);
        }
    }

    /** Where the pager's links lead ({@code null}: no such page); {@code current} counts from 1. */
    public record Pager(String previous, String next, long current, long pages) {
        static Pager of(AuditQuery query, Page<?> page) {
            String filter = query.filterQueryString();
            String base = "/console/audit?" + (filter.isEmpty() ? "" : filter + "&");
            long pages = Math.max(1, (page.total() + page.size() - 1) / page.size());
            return new Pager(page.page() > 0 ? base + "page=" + (page.page() - 1) + size(page) : null,
                    page.page() + 1 < pages ? base + "page=" + (page.page() + 1) + size(page) : null,
                    page.page() + 1L, pages);
        }

        private static String size(Page<?> page) {
            return page.size() == Page.DEFAULT_SIZE ? "" : "&size=" + page.size();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance audit(AuditQuery query, List<AuditKind> kinds, List<Line> lines,
                                             Page<AuditView> page, Pager pager);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Uni<TemplateInstance> page(@QueryParam("person") String person, @QueryParam("kind") String kind,
                                      @QueryParam("from") String from, @QueryParam("to") String to,
                                      @QueryParam("page") String page, @QueryParam("size") String size) {
        AuditQuery query = AuditQuery.parse(person, kind, from, to, page, size);
        return audit.list(query).map(found -> Templates.audit(query, List.of(AuditKind.values()),
                found.items().stream().map(Line::of).toList(), found, Pager.of(query, found)));
    }
}
