package org.gridline.report.workorder;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.auth.Caller;
import org.gridline.platform.error.DomainException;
import org.gridline.platform.time.ShortTime;
import org.gridline.report.Category;
import org.gridline.report.CategoryStandard;
import org.gridline.report.Report;
import org.gridline.report.workorder.WorkOrderTexts.Templates;

import static org.gridline.report.workorder.WorkOrderTexts.of;

/**
 * 改类: staff correct a report's category while someone still has to act on it (the {@link Lifecycle} says when).
 * The level, department and deadline follow the new category ({@link Orders#recategorise}); the timeline says from
 * which category to which, the new deadline and why. Escalation steps already fired stay fired.
 */
@ApplicationScoped
public class Reclassifications {
    private final Orders orders;
    private final CategoryStandard standard;

    Reclassifications(Orders orders, CategoryStandard standard) {
        this.orders = orders;
        this.standard = standard;
    }

    /**
     * @throws DomainException 400 {@code unknown-category}, 409 {@code same-category}; {@link IllegalTransition} when
     *                         the state, the role or a missing reason refuses it (403 for another grid's leader)
     */
    @WithTransaction
    public Uni<Report> reclassify(String number, Caller caller, String categoryCode, String reason) {
        return orders.locked(number).map(r -> {
            Transition t = Lifecycle.apply(r.status, Action.RECLASSIFY, StaffActions.staffRole(caller, r), reason);
            Category to = standard.category(categoryCode == null ? "" : categoryCode.strip()).orElseThrow(() ->
                    DomainException.badRequest("unknown-category", "No category " + categoryCode));
            if (to.code().equals(r.categoryCode)) {
                throw DomainException.conflict("same-category", "Report " + r.number + " is already " + to.name());
            }
            Category from = orders.category(r);
            String fromCode = r.categoryCode;
            orders.recategorise(r, to);
            return new Change(r, t, of(Templates.reclassifyNote(from.name(), fromCode, to.name(), to.code(),
                    ShortTime.of(r.deadline), reason.strip())));
        }).chain(c -> orders.record(c.report(), c.transition(), caller.username(), c.note(), orders.now())
                .replaceWith(c.report()));
    }

    private record Change(Report report, Transition transition, String note) {
    }
}
