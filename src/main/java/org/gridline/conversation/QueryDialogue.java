package org.gridline.conversation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.platform.time.ShortTime;
import org.gridline.report.OrderLookup;
import org.gridline.report.OrderLookup.OrderView;
import org.gridline.report.ReportConfig;
import org.gridline.report.ReportQueries;
import org.gridline.report.ReportViews.ReportDetail;
import org.gridline.report.ReportViews.ReportItem;
import org.gridline.report.ReportViews.TimelineEntry;
import org.gridline.report.TimelineLabels;

import java.util.List;
import java.util.Optional;

/**
 * 查询: the resident's recent reports with their status; 查询 R… (or its last 4 digits): one they filed or follow, with
 * its timeline; else, for a grid's worker or leader, one of their grid's orders with everything needed to act on it.
 */
@ApplicationScoped
public class QueryDialogue {

    private final ReportQueries reports;
    private final OrderLookup orders;
    private final int limit;

    public QueryDialogue(ReportQueries reports, OrderLookup orders, ReportConfig config) {
        this.reports = reports;
        this.orders = orders;
        this.limit = config.recentLimit();
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance recent(List<ReportLine> reports);

        static native TemplateInstance none();

        static native TemplateInstance detail(String number, String category, String status, String description,
                                              String address, List<ReportLine> timeline);

        static native TemplateInstance order(ReportDetail report, String category, String status, String place,
                                             String phone, String assignee, String deadline, List<ReportLine> timeline);

        static native TemplateInstance notFound(String reference, boolean staff);
    }

    public Uni<String> answer(String openid, Optional<String> reference) {
        return reference.isPresent() ? one(openid, reference.get()) : recent(openid);
    }

    private Uni<String> recent(String openid) {
        return reports.recentOf(openid, limit).map(items -> items.isEmpty() ? render(Templates.none())
                : render(Templates.recent(items.stream().map(QueryDialogue::line).toList())));
    }

    private Uni<String> one(String openid, String reference) {
        return reports.ofResident(openid, reference).chain(found -> found.isPresent()
                ? Uni.createFrom().item(detail(found.get()))
                : orders.lookup(openid, reference).map(l -> l.view().map(QueryDialogue::order)
                        .orElseGet(() -> render(Templates.notFound(reference, l.staff())))));
    }

    private static String order(OrderView v) {
        ReportDetail r = v.report();
        return render(Templates.order(r, r.categoryName(), r.status().label(), v.place(), v.phone(), v.assigneeName(),
                r.deadline() == null ? null : ShortTime.of(r.deadline()), timeline(r)));
    }

    private static String detail(ReportDetail r) {
        return render(Templates.detail(r.number(), r.categoryName(), r.status().label(), r.description(), r.address(),
                timeline(r)));
    }

    private static List<ReportLine> timeline(ReportDetail r) {
        return r.timeline().stream().map(QueryDialogue::line).toList();
    }

    private static ReportLine line(ReportItem r) {
        return new ReportLine(r.number(), ShortTime.of(r.createdAt()), r.categoryName(), r.status().label());
    }

    private static ReportLine line(TimelineEntry e) {
        return new ReportLine("", ShortTime.of(e.at()), TimelineLabels.of(e.action()), e.note());
    }

    private static String render(TemplateInstance template) {
        return template.render().strip();
    }
}
