package org.gridline.report;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedMap;
import org.gridline.auth.Caller;
import org.gridline.grid.GridDirectory;
import org.gridline.platform.Page;
import org.gridline.platform.error.DomainException;
import org.gridline.platform.time.ClockProducer;
import org.gridline.report.ReportViews.ReportDetail;
import org.gridline.report.ReportViews.ReportItem;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads reports: for staff (a leader sees their own grid only) and for the resident who filed or follows them. */
@ApplicationScoped
public class ReportQueries {
    private static final Sort NEWEST_FIRST = Sort.by("createdAt", Sort.Direction.Descending)
            .and("id", Sort.Direction.Descending);

    private final CategoryStandard standard;
    private final GridDirectory grids;
    private final Clock clock;

    public ReportQueries(CategoryStandard standard, GridDirectory grids, Clock clock) {
        this.standard = standard;
        this.grids = grids;
        this.clock = clock;
    }

    /** The search a query string asks for, its default range ending today (Beijing); see {@link ReportSearch#parse}. */
    public ReportSearch parse(MultivaluedMap<String, String> query) {
        return ReportSearch.parse(query, LocalDate.ofInstant(clock.instant(), ClockProducer.ZONE));
    }

    /**
     * The staff queue: a page of the reports the search finds, as the caller may see them (a LEADER's own grid; naming
     * another is 403), each with its assignee's name and deadline badge as of now.
     *
     * @throws DomainException 400 {@code unknown-category} for a category the standard does not know
     */
    @WithSession
    public Uni<Page<QueueRow>> search(ReportSearch search, Caller caller) {
        ReportSearch scoped = search.scopedTo(caller);
        scoped.categories().stream().filter(c -> standard.category(c).isEmpty()).findFirst().ifPresent(c -> {
            throw DomainException.badRequest("unknown-category", "No category " + c);
        });
        Instant now = clock.instant();
        ReportSearchSql sql = new ReportSearchSql(scoped, now);
        return Panache.getSession().chain(session -> bind(session.createNativeQuery(
                        sql.select((long) scoped.page() * scoped.size(), scoped.size()), Report.class), sql.params())
                .getResultList()
                .chain(reports -> bind(session.createNativeQuery(sql.count(), Long.class), sql.countParams())
                        .getSingleResult().chain(total -> rows(reports, now)
                                .map(rows -> new Page<>(rows, scoped.page(), scoped.size(), total)))));
    }

    private Uni<List<QueueRow>> rows(List<Report> reports, Instant now) {
        Set<String> assignees = reports.stream().map(r -> r.assignee).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return grids.memberNames(assignees).map(names -> reports.stream().map(r -> QueueRow.of(r,
                categoryName(r.categoryCode), r.assignee == null ? null : names.get(r.assignee), now)).toList());
    }

    private static <R> Mutiny.SelectionQuery<R> bind(Mutiny.SelectionQuery<R> query, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query;
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
