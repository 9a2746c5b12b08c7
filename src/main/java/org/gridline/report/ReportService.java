package org.gridline.report;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.grid.GeoPoint;
import org.gridline.platform.error.DomainException;
import org.gridline.platform.time.ClockProducer;
import org.gridline.report.ReportViews.ReportItem;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Files reports and lets residents follow one. Runs inside the caller's transaction when there is one (the
 * conversation's), so the report, its first timeline entry and the resident's reply commit together.
 */
@ApplicationScoped
public class ReportService {
    /** The timeline's notes of a filing and of a new follower. */
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance receivedNote(boolean emergency);

        static native TemplateInstance followedNote();
    }

    private final Clock clock;
    private final ReportConfig config;
    private final DuplicateRule duplicates;
    private final CategoryStandard standard;
    private final FilingDispatch dispatch;
    private final ReportRepository reports;

    public ReportService(Clock clock, ReportConfig config, CategoryStandard standard, FilingDispatch dispatch,
                         ReportRepository reports) {
        this.reports = reports;
        this.clock = clock;
        this.config = config;
        this.duplicates = new DuplicateRule(config.duplicateRadiusMeters());
        this.standard = standard;
        this.dispatch = dispatch;
    }

    /**
     * Files the report RECEIVED under the next number of the day, with its first timeline entry, and dispatches it
     * ({@link FilingDispatch}), all in one transaction: the resident's reply says where it went.
     */
    @WithTransaction
    public Uni<Filed> file(NewReport request) {
        return receive(request).chain(report -> dispatch.dispatchFiled(report)
                .map(d -> Filed.of(report, categoryName(report.categoryCode), d)));
    }

    /** Adds to a report already filed, see {@link FilingDispatch#supplement}. */
    @WithTransaction
    public Uni<Supplemented> supplement(String number, String reporter, Supplement added) {
        return dispatch.supplement(number, reporter, added);
    }

    private Uni<Report> receive(NewReport request) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate day = now.atZoneSameInstant(ClockProducer.ZONE).toLocalDate();
        return reports.nextSequence(day).chain(seq -> {
            Report report = toEntity(request, ReportNumbers.format(day, seq), now);
            return report.<Report>persist()
                    .call(saved -> ReportEvent.of(saved, now, request.reporter(), ReportEvent.RECEIVED,
                            Templates.receivedNote(request.emergency()).render().strip()).persist())
                    .invoke(saved -> Log.infof("Report %s filed (%s, level %d, grid %s)", saved.number,
                            saved.categoryCode, saved.level, saved.gridCode));
        });
    }

    /** An open report of the same category nearby or in the same building, filed within the window. */
    @WithTransaction
    public Uni<Optional<ReportItem>> findDuplicate(String categoryCode, GeoPoint point, String building) {
        OffsetDateTime since = OffsetDateTime.now(clock).minus(config.duplicateWindow());
        return Report.<Report>list("categoryCode = ?1 and createdAt >= ?2 and status not in ?3 order by createdAt desc",
                        categoryCode, since, List.copyOf(ReportStatus.FINAL))
                .map(found -> found.stream()
                        .filter(r -> duplicates.isDuplicate(filed(r), categoryCode, point, building, since))
                        .findFirst().map(this::item));
    }

    /** The resident follows the report (关注): idempotent; the reporter themselves needs no following. */
    @WithTransaction
    public Uni<ReportItem> follow(String number, String openid) {
        return Report.<Report>find("number", number).firstResult()
                .onItem().ifNull().failWith(() -> DomainException.notFound("unknown-report", "No report " + number))
                .call(report -> report.reporter.equals(openid) ? Uni.createFrom().voidItem()
                : addFollower(report, openid))
                .map(this::item);
    }

    private ReportItem item(Report r) {
        return ReportItem.of(r, categoryName(r.categoryCode), clock.instant());
    }

    private String categoryName(String code) {
        return standard.category(code).map(Category::name).orElse(code);
    }

    private Uni<Void> addFollower(Report report, String openid) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return reports.addFollower(report.id, openid, now)
                .chain(added -> !added ? Uni.createFrom().voidItem()
                        : ReportEvent.of(report, now, openid, ReportEvent.FOLLOWED,
                                Templates.followedNote().render().strip()).persist().replaceWithVoid());
    }

    private static DuplicateRule.Filed filed(Report r) {
        GeoPoint point = r.latitude == null ? null : new GeoPoint(r.latitude, r.longitude);
        return new DuplicateRule.Filed(r.categoryCode, r.status.isOpen(), r.createdAt, point, r.building);
    }

    private Report toEntity(NewReport request, String number, OffsetDateTime now) {
        Report report = new Report();
        report.number = number;
        report.reporter = request.reporter();
        report.categoryCode = request.categoryCode();
        report.level = request.level();
        report.description = request.description();
        report.photos = PhotoList.write(request.photos());
        report.latitude = request.latitude();
        report.longitude = request.longitude();
        report.address = request.address();
        report.building = request.building();
        report.gridCode = request.gridCode();
        report.contactPhone = request.contactPhone();
        report.emergency = request.emergency();
        report.status = ReportStatus.RECEIVED;
        report.createdAt = now;
        report.updatedAt = now;
        report.clockStartedAt = now;
        report.resolutionPhotos = "[]";
        return report;
    }
}
