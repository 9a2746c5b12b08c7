package org.gridline.report.workorder;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.grid.MemberRole;
import org.gridline.report.Dispatched;
import org.gridline.report.Report;
import org.gridline.report.ReportEvent;
import org.gridline.report.ReportStatus;
import org.gridline.report.workorder.People.Candidate;
import org.gridline.report.workorder.WorkOrderTexts.Templates;

import java.time.OffsetDateTime;
import java.util.Optional;

import static org.gridline.report.workorder.WorkOrderTexts.of;

/**
 * 派单: gives an order to a worker of its grid, by {@link DispatchRule} or to the one named; with nobody to give it
 * to, a RECEIVED report stays in the street's queue (anything else is refused by the caller). The assignee is told,
 * and for a new emergency the grid's leader too.
 */
@ApplicationScoped
class Dispatching {
    private final Orders orders;
    private final People people;
    private final DispatchTurns turns;
    private final WorkerNotices workers;
    private final ResidentNotices residents;

    Dispatching(Orders orders, People people, DispatchTurns turns, WorkerNotices workers, ResidentNotices residents) {
        this.orders = orders;
        this.people = people;
        this.turns = turns;
        this.workers = workers;
        this.residents = residents;
    }

    /**
     * Who moves the order and how: {@code to} the one named (null: the rule decides, leaving out {@code except}),
     * {@code reason} on the timeline, {@code tellResident} when staff dispatch it by hand.
     */
    record Move(Action action, ActorRole role, String actor, Candidate to, String except, String reason,
                boolean tellResident) {
        static Move bySystem(Action action, String reason) {
            return new Move(action, ActorRole.SYSTEM, Orders.SYSTEM, null, null, reason, false);
        }
    }

    /** A report just filed: its department, its clock and deadline, then the dispatch. */
    Uni<Dispatched> dispatchFiled(Report r) {
        r.departmentCode = orders.category(r).department();
        orders.startClock(r, r.createdAt);
        return dispatch(r, Move.bySystem(Action.DISPATCH, null));
    }

    Uni<Dispatched> dispatch(Report r, Move move) {
        OffsetDateTime now = orders.now();
        if (r.gridCode == null) {
            return queue(r, now, of(Templates.noGrid()));
        }
        return turns.lockGrid(r.gridCode)
                .chain(() -> move.to() != null ? Uni.createFrom().item(Optional.of(move.to()))
                        : pick(r.gridCode, move.except()))
                .chain(chosen -> people.gridName(r.gridCode).chain(gridName -> chosen.isEmpty()
                        ? nobody(r, now, gridName) : give(r, move, chosen.get(), gridName, now)));
    }

    private Uni<Dispatched> nobody(Report r, OffsetDateTime now, String gridName) {
        Dispatched none = new Dispatched(gridName, null, r.deadline);
        return r.status == ReportStatus.RECEIVED ? queue(r, now, of(Templates.noWorker(gridName))).replaceWith(none)
                : Uni.createFrom().item(none);
    }

    private Uni<Dispatched> give(Report r, Move move, Candidate worker, String gridName, OffsetDateTime now) {
        Transition t = Lifecycle.apply(r.status, move.action(), move.role(), move.reason());
        r.assignee = worker.openid();
        r.dispatchedAt = now;
        return orders.record(r, t, move.actor(), of(Templates.dispatchNote(worker.name(), move.reason())), now)
                .chain(() -> turns.taken(r.gridCode, worker.openid(), now))
                .chain(() -> workers.dispatched(r, reasonLabel(move.action(), move.reason())))
                .chain(() -> emergencyToLeader(r, move.action(), worker))
                .call(() -> move.tellResident() ? residents.dispatched(r, gridName) : Uni.createFrom().voidItem())
                .invoke(() -> Log.debugf("Report %s %s to a worker of %s", r.number, move.action(), r.gridCode))
                .map(leaderTold -> new Dispatched(gridName, worker.name(), r.deadline, leaderTold));
    }

    /** A new emergency order is pushed to the grid's leader as well (unless the leader has it); true when sent. */
    private Uni<Boolean> emergencyToLeader(Report r, Action action, Candidate worker) {
        if (!r.emergency || action != Action.DISPATCH) {
            return Uni.createFrom().item(false);
        }
        return people.leaderOf(r.gridCode).chain(leader -> leader.isEmpty() || leader.get().equals(worker.openid())
                ? Uni.createFrom().item(false)
                : workers.emergencyToLeader(r, leader.get(), worker.name()).replaceWith(true));
    }

    private static String reasonLabel(Action action, String reason) {
        return switch (action) {
            case REDISPATCH -> of(Templates.redispatchReason(reason));
            case REASSIGN -> of(Templates.reassignReason(reason));
            default -> null;
        };
    }

    /** A worker of the grid by the rule; its leader when it has no worker to give it to. */
    private Uni<Optional<Candidate>> pick(String grid, String except) {
        return leastBusy(grid, MemberRole.WORKER, except).chain(w -> w.isPresent() ? Uni.createFrom().item(w)
                : leastBusy(grid, MemberRole.LEADER, except));
    }

    private Uni<Optional<Candidate>> leastBusy(String grid, MemberRole role, String except) {
        return people.members(grid, role).chain(members -> turns.openOrders(members.stream().map(Candidate::openid)
                .toList()).chain(open -> turns.lastTurns(grid).map(last -> DispatchRule.pick(members.stream()
                        .map(c -> new DispatchRule.Member(c.openid(), open.getOrDefault(c.openid(), 0),
                                last.get(c.openid()))).toList(), except)
                .flatMap(m -> members.stream().filter(c -> c.openid().equals(m.openid())).findFirst()))));
    }

    private Uni<Dispatched> queue(Report r, OffsetDateTime now, String note) {
        r.updatedAt = now;
        return ReportEvent.of(r, now, Orders.SYSTEM, Orders.QUEUED, note).persist()
                .replaceWith(new Dispatched(null, null, r.deadline));
    }
}
