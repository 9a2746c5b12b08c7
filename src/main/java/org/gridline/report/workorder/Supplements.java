package org.gridline.report.workorder;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.report.Dispatched;
import org.gridline.report.Report;
import org.gridline.report.ReportEvent;
import org.gridline.report.ReportStatus;
import org.gridline.report.Supplement;
import org.gridline.report.Supplemented;
import org.gridline.report.workorder.Dispatching.Move;
import org.gridline.report.workorder.WorkOrderTexts.Templates;

import java.time.OffsetDateTime;
import java.util.List;

import static org.gridline.report.workorder.WorkOrderTexts.of;

/**
 * The reporter adds to a report already filed (an emergency is filed before its place and phone are known): the
 * place, the phone, a photo or more words, with a timeline entry. A place that finds the grid of a report that has
 * none yet gives it that grid and dispatches it (its worker and, for an emergency, its leader are told); the worker
 * who already has the order is told what was added.
 */
@ApplicationScoped
class Supplements {
    private final Orders orders;
    private final People people;
    private final Dispatching dispatching;
    private final WorkerNotices workers;

    Supplements(Orders orders, People people, Dispatching dispatching, WorkerNotices workers) {
        this.orders = orders;
        this.people = people;
        this.dispatching = dispatching;
        this.workers = workers;
    }

    Uni<Supplemented> supplement(String number, String reporter, Supplement added) {
        return orders.locked(number).chain(r -> {
            if (!r.reporter.equals(reporter)) {
                throw new IllegalTransition(IllegalTransition.FORBIDDEN, of(Templates.notYours(r.number)));
            }
            OffsetDateTime now = orders.now();
            List<String> notes = added.applyTo(r);
            boolean located = added.gridCode() != null && r.gridCode == null;
            if (located) {
                r.gridCode = added.gridCode();
            }
            r.updatedAt = now;
            boolean dispatchNow = located && r.status == ReportStatus.RECEIVED && r.assignee == null;
            return ReportEvent.of(r, now, reporter, Orders.SUPPLEMENT, String.join("；", notes)).persist()
                    .chain(() -> dispatchNow ? dispatched(r) : told(r, notes));
        });
    }

    private Uni<Supplemented> dispatched(Report r) {
        return dispatching.dispatch(r, Move.bySystem(Action.DISPATCH, null))
                .map(d -> new Supplemented(r.number, d, !d.queued(), false));
    }

    private Uni<Supplemented> told(Report r, List<String> notes) {
        boolean tell = r.assignee != null && r.status.isOpen();
        return (tell ? workers.supplemented(r, notes) : Uni.createFrom().voidItem())
                .chain(() -> people.gridName(r.gridCode)).chain(grid -> people.nameOf(r.assignee)
                        .map(worker -> new Supplemented(r.number, new Dispatched(grid, worker, r.deadline), false,
                                tell)));
    }
}
