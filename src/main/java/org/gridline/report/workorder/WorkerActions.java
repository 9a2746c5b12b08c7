package org.gridline.report.workorder;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.platform.time.ShortTime;
import org.gridline.report.Report;
import org.gridline.report.ReportStatus;
import org.gridline.report.workorder.WorkOrderTexts.Templates;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import static org.gridline.report.workorder.Orders.blankToNull;
import static org.gridline.report.workorder.WorkOrderTexts.of;

/** What a grid worker (or the grid's leader) does to an order in the chat: 接单, 办结, 退回, 挂起, 恢复. */
@ApplicationScoped
class WorkerActions {
    private final Orders orders;
    private final People people;
    private final WorkOrderConfig config;
    private final WorkerNotices workers;
    private final ResidentNotices residents;

    WorkerActions(Orders orders, People people, WorkOrderConfig config, WorkerNotices workers,
                  ResidentNotices residents) {
        this.orders = orders;
        this.people = people;
        this.config = config;
        this.workers = workers;
        this.residents = residents;
    }

    /** 接单/签收: the assignee, another worker of the grid or its leader takes the order; the first one wins. */
    @WithTransaction
    public Uni<Report> accept(String number, String openid) {
        return orders.locked(number).chain(r -> orders.roleOf(openid, r).chain(role -> {
            if (r.status == ReportStatus.ACCEPTED && !openid.equals(r.assignee)) {
                return people.nameOf(r.assignee).map(name -> {
                    throw new IllegalTransition("taken", of(Templates.taken(r.number, name)));
                });
            }
            Transition t = Lifecycle.apply(r.status, Action.ACCEPT, role, null);
            OffsetDateTime now = orders.now();
            boolean takenOver = !openid.equals(r.assignee);
            if (takenOver) {
                r.assignee = openid;
                r.dispatchedAt = now;
            }
            return people.nameOf(openid).chain(name -> orders.record(r, t, openid,
                    of(Templates.acceptNote(name, takenOver)), now).chain(() -> residents.accepted(r, name)))
                    .replaceWith(r);
        }));
    }

    /** 办结 with the worker's note; the resident is asked to rate within the rating window. */
    @WithTransaction
    public Uni<Report> resolve(String number, String openid, String note) {
        return byWorker(number, openid, Action.RESOLVE, note, (r, now) -> {
            r.resolvedAt = now;
            r.resolutionNote = blankToNull(note);
            r.ratingDueAt = now.plus(config.ratingWindow());
            return note;
        }, r -> residents.resolved(r, r.resolutionNote));
    }

    /** 退回 with a reason: the order leaves the worker and goes back to the grid leader (the street, for a leader). */
    @WithTransaction
    public Uni<Report> giveBack(String number, String openid, String reason) {
        return byWorker(number, openid, Action.RETURN, reason, (r, now) -> {
            r.assignee = null;
            return reason;
        }, r -> people.nameOf(openid).chain(worker -> people.leaderOf(r.gridCode)
                .chain(leader -> leader.isPresent() && !leader.get().equals(openid)
                        ? Uni.createFrom().item(List.of(leader.get())) : people.streetDutyOf(r.gridCode))
                .chain(to -> workers.returned(r, to, worker, reason))));
    }

    /** 挂起 with a reason: the clock stops until 恢复. */
    @WithTransaction
    public Uni<Report> suspend(String number, String openid, String reason) {
        return byWorker(number, openid, Action.SUSPEND, reason, (r, now) -> {
            r.suspendedAt = now;
            return reason;
        }, r -> residents.suspended(r, reason));
    }

    /** 恢复: the deadline and every escalation step move back by the time spent suspended. */
    @WithTransaction
    public Uni<Report> resume(String number, String openid) {
        return byWorker(number, openid, Action.RESUME, null, (r, now) -> {
            if (r.suspendedAt != null && r.deadline != null) {
                Duration paused = Duration.between(r.suspendedAt, now);
                r.deadline = r.deadline.plus(paused);
                r.clockStartedAt = r.clockStartedAt.plus(paused);
            }
            r.suspendedAt = null;
            return of(Templates.deadlineMoved(ShortTime.of(r.deadline)));
        }, residents::resumed);
    }

    /**
     * The shape of every worker action: the report locked, the worker's role on it, the lifecycle's verdict (a
     * refusal throws before anything changes), then {@code change} (returns the timeline note), the timeline entry,
     * and {@code tell} (the notices).
     */
    private Uni<Report> byWorker(String number, String openid, Action action, String reason,
                                 BiFunction<Report, OffsetDateTime, String> change, Function<Report, Uni<Void>> tell) {
        return orders.locked(number).chain(r -> orders.roleOf(openid, r).chain(role -> {
            Transition t = Lifecycle.apply(r.status, action, role, reason);
            OffsetDateTime now = orders.now();
            String note = change.apply(r, now);
            return orders.record(r, t, openid, note, now).chain(() -> tell.apply(r)).replaceWith(r);
        }));
    }
}
