package org.gridline.conversation;

import org.gridline.platform.time.ShortTime;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.report.ReportConfig;
import org.gridline.report.ReportQueries;
import org.gridline.report.ReportViews.ReportDetail;
import org.gridline.report.ReportViews.ReportItem;
import org.gridline.report.ReportViews.TimelineEntry;

import java.util.List;
import java.util.Optional;

/** 查询: the resident's recent reports with their status; 查询 R… (or its last 4 digits): one with its timeline. */
@ApplicationScoped
public class QueryDialogue {

    private final ReportQueries reports;
    private final int limit;

    public QueryDialogue(ReportQueries reports, ReportConfig config) {
        this.reports = reports;
        this.limit = config.recentLimit();
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance recent(List<ReportLine> reports);

        static native TemplateInstance none();

        static native TemplateInstance detail(String number, String category, String status, String description,
                                              String address, List<ReportLine> timeline);

        static native TemplateInstance notFound(String reference);
    }

    public Uni<String> answer(String openid, Optional<String> reference) {
        return reference.isPresent() ? one(openid, reference.get()) : recent(openid);
    }

    private Uni<String> recent(String openid) {
        return reports.recentOf(openid, limit).map(items -> items.isEmpty() ? render(Templates.none())
                : render(Templates.recent(items.stream().map(QueryDialogue::line).toList())));
    }

    private Uni<String> one(String openid, String reference) {
        return reports.ofResident(openid, reference).map(found -> found.map(QueryDialogue::detail)
                .orElseGet(() -> render(Templates.notFound(reference))));
    }

    private static String detail(ReportDetail r) {
        return render(Templates.detail(r.number(), r.categoryName(), r.status().label(), r.description(), r.address(),
                r.timeline().stream().map(QueryDialogue::line).toList()));
    }

    private static ReportLine line(ReportItem r) {
        return new ReportLine(r.number(), ShortTime.of(r.createdAt()), r.categoryName(), r.status().label());
    }

    private static ReportLine line(TimelineEntry e) {
        return new ReportLine("", ShortTime.of(e.at()), org.gridline.report.workorder.TimelineLabels.of(e.action()), e.note());
    }

    private static String render(TemplateInstance template) {
        return template.render().strip();
    }
}
