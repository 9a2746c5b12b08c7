package org.gridline.report.workorder;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.auth.Caller;
import org.gridline.report.ReportStatus;

/**
 * "Assign to" of the console's bulk actions: a report waiting for dispatch (queued, returned, reopened) is dispatched
 * to the person, a live order is reassigned (改派) to them, each through {@link StaffActions} with its lifecycle check,
 * timeline entry and notices; any other state is refused by the lifecycle as a dispatch would be.
 */
@ApplicationScoped
public class Assignments {
    private final StaffActions actions;

    Assignments(StaffActions actions) {
        this.actions = actions;
    }

    @WithTransaction
    public Uni<Void> assign(String number, Caller caller, String assignee, String reason) {
        return status(number).chain(status -> isLive(status)
                ? actions.reassign(number, caller, assignee, reason).replaceWithVoid()
                : actions.dispatch(number, caller, null, assignee, reason).replaceWithVoid());
    }

    /** Whether someone holds the order now (改派 applies), as the lifecycle's REASSIGN rows say. */
    static boolean isLive(ReportStatus status) {
        return status != null && Lifecycle.permits(status, Action.REASSIGN, ActorRole.STAFF);
    }

    /** The status as a plain query (the report is loaded locked only by the action itself, see Orders#locked). */
    private static Uni<ReportStatus> status(String number) {
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                        "select r.status from Report r where r.number = ?1", ReportStatus.class)
                .setParameter(1, number).getSingleResultOrNull());
    }
}
