package org.gridline.report.workorder;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.platform.time.ShortTime;
import org.gridline.report.Report;

import java.time.OffsetDateTime;
import java.util.List;

import static org.gridline.report.workorder.Notices.render;

/** What a work order tells those who handle it: workers, leaders, street duty, departments (see {@link Notices}). */
@ApplicationScoped
class WorkerNotices {
    private final Notices notices;
    private final WorkOrderConfig config;

    WorkerNotices(Notices notices) {
        this.notices = notices;
        this.config = notices.config();
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dispatched(OrderText order, String reason);

        static native TemplateInstance emergencyToLeader(OrderText order, String worker);

        static native TemplateInstance supplemented(OrderText order, List<String> added);

        static native TemplateInstance step(OrderText order, EscalationStep step, String assignee);

        static native TemplateInstance returned(OrderText order, String worker, String reason);

        static native TemplateInstance reassignedAway(OrderText order, String to, String reason);

        static native TemplateInstance departmentOrder(OrderText order, String leader, String note, String due);

        static native TemplateInstance orderOverdue(OrderText order, String department, String issuedAt);

        static native TemplateInstance orderTitle(String category, boolean emergency);

        static native TemplateInstance supplementedTitle(List<String> added);

        static native TemplateInstance stepTitle(EscalationStep step, String category);

        static native TemplateInstance returnedTitle(String reason);

        static native TemplateInstance reassignedTitle(String reason);

        static native TemplateInstance departmentOrderTitle(String note);

        static native TemplateInstance orderOverdueTitle(String department);
    }

    /**
     * A new order for the assignee; {@code reason} says why it came (redispatch, reassignment), null for a new one.
     * The card carries the resident's phone when they left one; the text fallback carries everything, photos too.
     */
    Uni<Void> dispatched(Report r, String reason) {
        return notices.alert(List.of(r.assignee), r, config.dispatchedTemplateId(), orderTitle(r),
                Notices.withPhone(r), render(Templates.dispatched(notices.order(r), reason)));
    }

    /** The grid's leader hears of a new emergency order at once, as the worker does. */
    Uni<Void> emergencyToLeader(Report r, String leader, String worker) {
        return notices.alert(List.of(leader), r, config.dispatchedTemplateId(), orderTitle(r), Notices.withPhone(r),
                render(Templates.emergencyToLeader(notices.order(r), worker)));
    }

    /** The assignee hears what the resident added to the order (place, phone, photo, words). */
    Uni<Void> supplemented(Report r, List<String> added) {
        return notices.alert(List.of(r.assignee), r, config.escalatedTemplateId(),
                render(Templates.supplementedTitle(added)), Notices.withPhone(r),
                render(Templates.supplemented(notices.order(r), added)));
    }

    private String orderTitle(Report r) {
        return render(Templates.orderTitle(notices.categoryName(r), r.emergency));
    }

    Uni<Void> step(Report r, EscalationStep step, List<String> to, String assigneeName) {
        return notices.alert(to, r, config.escalatedTemplateId(),
                render(Templates.stepTitle(step, notices.categoryName(r))),
                render(Templates.step(notices.order(r), step, assigneeName)));
    }

    Uni<Void> returned(Report r, List<String> to, String worker, String reason) {
        return notices.alert(to, r, config.escalatedTemplateId(), render(Templates.returnedTitle(reason)),
                render(Templates.returned(notices.order(r), worker, reason)));
    }

    /** The worker who had the order hears that it moved on, so it leaves their list knowingly. */
    Uni<Void> reassignedAway(Report r, String previous, String to, String reason) {
        return notices.alert(List.of(previous), r, config.escalatedTemplateId(),
                render(Templates.reassignedTitle(reason)),
                render(Templates.reassignedAway(notices.order(r), to, reason)));
    }

    Uni<Void> departmentOrder(Report r, List<String> contacts, String leader, String note, OffsetDateTime due) {
        return notices.alert(contacts, r, config.escalatedTemplateId(), render(Templates.departmentOrderTitle(note)),
                render(Templates.departmentOrder(notices.order(r), leader, note, ShortTime.of(due))));
    }

    Uni<Void> orderOverdue(Report r, List<String> duty, String department, OffsetDateTime issuedAt) {
        return notices.alert(duty, r, config.escalatedTemplateId(), render(Templates.orderOverdueTitle(department)),
                render(Templates.orderOverdue(notices.order(r), department, ShortTime.of(issuedAt))));
    }
}
