package org.gridline.report;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.auth.Caller;
import org.gridline.report.Category;
import org.gridline.report.CategoryStandard;
import org.gridline.platform.Page;
import org.gridline.platform.error.DomainException;
import org.gridline.report.ReportViews.ReportDetail;
import org.gridline.report.ReportViews.ReportItem;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads reports: for staff (a leader sees their own grid only) and for the resident who filed or follows them. */
@ApplicationScoped
public class ReportQueries {
    private static final Sort NEWEST_FIRST = Sort.by("createdAt", Sort.Direction.Descending)
            .and("id", Sort.Direction.Descending);

    private final CategoryStandard standard;
    private final Clock clock;

    public ReportQueries(CategoryStandard standard, Clock clock) {
        this.standard = standard;
        this.clock = clock;
    }

    /** The list of {@code GET /api/reports}; the filters as the query string gives them (see {@link ReportFilter}). */
    @WithSession
    public Uni<Page<ReportItem>> list(String reporter, String grid, String status, String category, Boolean overdue,
                                      int page, int size, Caller caller) {
        Instant now = clock.instant();
        ReportFilter scoped = scope(ReportFilter.of(reporter, grid, status, category, overdue, now), caller);
        var query = scoped.query().isEmpty() ? Report.<Report>findAll(NEWEST_FIRST)
                : Report.<Report>find(scoped.query(), NEWEST_FIRST, scoped.params());
        return query.page(page, size).list().chain(items -> query.count()
                .map(total -> new Page<>(items.stream().map(r -> item(r, now)).toList(), page, size, total)));
    }

    @WithSession
    public Uni<ReportDetail> get(String number, Caller caller) {
        return Report.<Report>find("number", number).firstResult()
                .onItem().ifNull().failWith(() -> DomainException.notFound("unknown-report", "No report " + number))
                .invoke(report -> caller.requireStaffOf(report.gridCode))
                .chain(this::detail);
    }

    /** The resident's most recent reports (filed by them), newest first. */
    @WithSession
    public Uni<List<ReportItem>> recentOf(String openid, int limit) {
        return Report.<Report>find("reporter", NEWEST_FIRST, openid).page(0, limit).list()
                .map(reports -> reports.stream().map(r -> item(r, clock.instant())).toList());
    }

    /**
     * A report the resident filed or follows, by its number or the last 4 digits of it (the newest such match);
     * empty for anyone else's report, so numbers cannot be used to read other people's reports.
     */
    @WithSession
    public Uni<Optional<ReportDetail>> ofResident(String openid, String reference) {
        String pattern = reference.length() == 4 ? "%" + reference : reference;
        return Report.<Report>find("""
                        number like ?1 and (reporter = ?2 or id in (select f.reportId from ReportFollower f
                        where f.openid = ?2))""", NEWEST_FIRST, pattern, openid).firstResult()
                .chain(report -> report == null ? Uni.createFrom().item(Optional.<ReportDetail>empty())
                        : detail(report).map(Optional::of));
    }

    /** One report with its timeline, for a caller whose right to see it was checked already (a worker's 查询). */
    @WithSession
    public Uni<Optional<ReportDetail>> byNumber(String number) {
        return Report.<Report>find("number", number).firstResult().chain(report -> report == null
                ? Uni.createFrom().item(Optional.<ReportDetail>empty()) : detail(report).map(Optional::of));
    }

    public String categoryName(String code) {
        return standard.category(code).map(Category::name).orElse(code);
    }

    private Uni<ReportDetail> detail(Report report) {
        return ReportEvent.<ReportEvent>list("reportId = ?1 order by at, id", report.id)
                .map(events -> ReportDetail.of(report, categoryName(report.categoryCode), events));
    }

    private ReportItem item(Report report, Instant now) {
        return ReportItem.of(report, categoryName(report.categoryCode), now);
    }

    private static ReportFilter scope(ReportFilter filter, Caller caller) {
        if (caller.isAdmin()) {
            return filter;
        }
        if (filter.grid() != null && !filter.grid().isBlank()) {
            caller.requireStaffOf(filter.grid());
        }
        return filter.inGrid(caller.gridCode());
    }
}
