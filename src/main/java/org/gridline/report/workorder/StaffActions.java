package org.gridline.report.workorder;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.auth.Caller;
import org.gridline.platform.error.DomainException;
import org.gridline.report.Dispatched;
import org.gridline.report.Report;
import org.gridline.report.ReportStatus;
import org.gridline.report.workorder.Dispatching.Move;
import org.gridline.report.workorder.People.Candidate;

import java.time.OffsetDateTime;
import java.util.function.Function;

import static org.gridline.report.workorder.Orders.blankToNull;

/** What staff do to an order through the API: dispatch it by hand, 改派, 作废 (see {@link WorkOrderResource}). */
@ApplicationScoped
public class StaffActions {
    private final Orders orders;
    private final People people;
    private final Dispatching dispatching;
    private final WorkerNotices workers;
    private final ResidentNotices residents;

    StaffActions(Orders orders, People people, Dispatching dispatching, WorkerNotices workers,
                 ResidentNotices residents) {
        this.orders = orders;
        this.people = people;
        this.dispatching = dispatching;
        this.workers = workers;
        this.residents = residents;
    }

    /**
     * Dispatches a report by hand: from the street's queue (RECEIVED), or again after 退回 / 重办. {@code grid} (an
     * administrator only) places a report that has none or moves it; {@code assignee} (a worker or the leader of the
     * grid) overrides the dispatch rule.
     */
    @WithTransaction
    public Uni<Report> dispatch(String number, Caller caller, String grid, String assignee, String note) {
        return orders.locked(number).chain(r -> grid == null || grid.equals(r.gridCode)
                ? dispatch(r, caller, assignee, note) : moveTo(r, caller, grid, note)
                .chain(() -> dispatch(r, caller, assignee, note)));
    }

    /** The report moves to another grid (or gets its first), to be dispatched there. */
    private Uni<Void> moveTo(Report r, Caller caller, String grid, String note) {
        if (!caller.isAdmin()) {
            throw new DomainException(403, "not-your-grid", "Only street staff move a report to another grid");
        }
        return people.gridExists(grid).chain(exists -> {
            if (!exists) {
                return Uni.createFrom().failure(DomainException.notFound("unknown-grid", "No grid " + grid));
            }
            if (r.gridCode != null) {
                Lifecycle.apply(r.status, redispatchOrNot(r), ActorRole.STAFF, note);
            }
            r.gridCode = grid;
            r.assignee = null;
            return Uni.createFrom().voidItem();
        });
    }

    private Uni<Report> dispatch(Report r, Caller caller, String assignee, String note) {
        ActorRole role = staffRole(caller, r);
        if (r.gridCode == null) {
            throw DomainException.badRequest("grid-required", "Report " + r.number
                    + " has no grid: give the grid to dispatch it to");
        }
        Action action = redispatchOrNot(r);
        Lifecycle.apply(r.status, action, role, note);
        return chosen(r.gridCode, assignee).chain(to -> dispatching.dispatch(r, new Move(action, role,
                caller.username(), to, null, blankToNull(note), true))).map(given(r, "nobody-to-dispatch-to",
                "Grid " + r.gridCode + " has no worker and no leader to dispatch to"));
    }

    private static Action redispatchOrNot(Report r) {
        return r.status == ReportStatus.RECEIVED ? Action.DISPATCH : Action.REDISPATCH;
    }

    /** 改派: a live order moves to another worker of its grid, who must accept it again. */
    @WithTransaction
    public Uni<Report> reassign(String number, Caller caller, String assignee, String reason) {
        return orders.locked(number).chain(r -> {
            ActorRole role = staffRole(caller, r);
            Lifecycle.apply(r.status, Action.REASSIGN, role, reason);
            return chosen(r.gridCode, assignee).chain(to -> {
                if (to != null && to.openid().equals(r.assignee)) {
                    throw DomainException.conflict("same-assignee", "Report " + r.number + " is already assigned to "
                            + to.name());
                }
                String previous = r.assignee;
                return dispatching.dispatch(r, new Move(Action.REASSIGN, role, caller.username(), to, previous,
                                reason, false))
                        .call(d -> d.queued() || previous == null ? Uni.createFrom().voidItem()
                                : workers.reassignedAway(r, previous, d.assignee(), reason));
            }).map(given(r, "nobody-to-reassign-to", "Grid " + r.gridCode + " has nobody else to reassign report "
                    + r.number + " to"));
        });
    }

    /** The report when the dispatch found someone; a conflict with {@code code} and {@code message} when not. */
    private static Function<Dispatched, Report> given(Report r, String code, String message) {
        return d -> {
            if (d.queued()) {
                throw DomainException.conflict(code, message);
            }
            return r;
        };
    }

    /** 作废 (duplicate, invalid) with a reason: the report ends; the resident is told why. */
    @WithTransaction
    public Uni<Report> cancel(String number, Caller caller, String reason) {
        return orders.locked(number).chain(r -> {
            Transition t = Lifecycle.apply(r.status, Action.CANCEL, staffRole(caller, r), reason);
            OffsetDateTime now = orders.now();
            return orders.record(r, t, caller.username(), reason, now)
                    .chain(() -> residents.cancelled(r, reason)).replaceWith(r);
        });
    }

    static ActorRole staffRole(Caller caller, Report r) {
        if (caller.isAdmin()) {
            return ActorRole.STAFF;
        }
        caller.requireStaffOf(r.gridCode);
        return ActorRole.LEADER;
    }

    /** The named assignee, checked to be a worker or the leader of the grid; null → the dispatch rule decides. */
    private Uni<Candidate> chosen(String grid, String assignee) {
        if (assignee == null || assignee.isBlank()) {
            return Uni.createFrom().nullItem();
        }
        return people.roleIn(assignee, grid).chain(role -> {
            if (role.isEmpty() || !Orders.handlesOrders(role.get())) {
                return Uni.createFrom().failure(DomainException.badRequest("not-a-worker",
                        assignee + " is not a worker or the leader of grid " + grid));
            }
            return people.nameOf(assignee).map(name -> new Candidate(assignee, name));
        });
    }
}
