package org.gridline.report.workorder;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.gridline.report.PhotoList;
import org.gridline.report.Report;
import org.gridline.report.ReportEvent;
import org.gridline.report.ReportStatus;
import org.gridline.report.workorder.WorkOrderTexts.Templates;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.gridline.report.workorder.WorkOrderTexts.of;

/** A worker's orders in the chat: 我的工单, which numbers a short reference may mean, the photo after 办结. */
@ApplicationScoped
class WorkerOrders {
    /** The statuses of an order someone still has to take or handle. */
    private static final List<ReportStatus> REFERABLE = List.of(ReportStatus.RECEIVED, ReportStatus.DISPATCHED,
            ReportStatus.ACCEPTED, ReportStatus.SUSPENDED, ReportStatus.RETURNED, ReportStatus.REOPENED);

    private final Orders orders;
    private final People people;
    private final WorkOrderConfig config;
    private final WorkOrderRepository queries;
    private final ResidentNotices residents;

    WorkerOrders(Orders orders, People people, WorkOrderConfig config, ResidentNotices residents,
                 WorkOrderRepository queries) {
        this.queries = queries;
        this.orders = orders;
        this.people = people;
        this.config = config;
        this.residents = residents;
    }

    /**
     * A photo the worker sends soon after 办结 is attached to the report they resolved last, and passed on to the
     * resident. Empty when there is no such report: the photo means something else (a report of their own).
     */
    @WithTransaction
    public Uni<Optional<Report>> attachPhoto(String openid, String photo) {
        OffsetDateTime now = orders.now();
        return Report.<Report>find("assignee = ?1 and status in ?2 and resolvedAt >= ?3 order by resolvedAt desc",
                        openid, List.of(ReportStatus.RESOLVED, ReportStatus.CLOSED),
                        now.minus(config.resolutionPhotoWindow()))
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult()
                .chain(r -> r == null ? Uni.createFrom().item(Optional.<Report>empty())
                        : attach(r, openid, photo, now));
    }

    private Uni<Optional<Report>> attach(Report r, String openid, String photo, OffsetDateTime now) {
        List<String> photos = new ArrayList<>(PhotoList.read(r.resolutionPhotos));
        photos.add(photo);
        r.resolutionPhotos = PhotoList.write(photos);
        r.updatedAt = now;
        return ReportEvent.of(r, now, openid, Orders.PHOTO, of(Templates.photoNote())).persist()
                .chain(() -> residents.photo(r, photo)).replaceWith(Optional.of(r));
    }

    /** The open orders assigned to the worker, the nearest deadline first. */
    @WithTransaction
    public Uni<List<Report>> openOrdersOf(String openid) {
        return Report.<Report>find("assignee = ?1 and status in ?2 order by deadline, id", openid,
                        List.of(ReportStatus.DISPATCHED, ReportStatus.ACCEPTED, ReportStatus.SUSPENDED))
                .page(0, config.myOrdersLimit()).list();
    }

    /**
     * The numbers a worker's reference may mean: open reports of the grids they work in or lead, ending in
     * {@code suffix} (all of them when suffix is null).
     */
    @WithTransaction
    public Uni<List<String>> referable(String openid, String suffix) {
        return people.staffGrids(openid).chain(grids -> grids.isEmpty() ? Uni.createFrom().item(List.<String>of())
                : queries.numbersIn(grids, REFERABLE, suffix == null ? "%" : "%" + suffix));
    }
}
