package org.gridline.report.workorder;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.report.Report;
import org.gridline.report.ReportStatus;

import static org.gridline.report.workorder.Notices.render;

/**
 * What a work order tells the resident who filed it and those following it: its progress (see {@link Notices}). The
 * card's state phrase is the report's status label, or a template like its note.
 */
@ApplicationScoped
class ResidentNotices {
    private final Notices notices;

    ResidentNotices(Notices notices) {
        this.notices = notices;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance residentDispatched(OrderText order, String grid);

        static native TemplateInstance residentAccepted(OrderText order, String worker);

        static native TemplateInstance acceptedNote(String worker);

        static native TemplateInstance residentSuspended(OrderText order, String reason);

        static native TemplateInstance residentResumed(OrderText order);

        static native TemplateInstance residentResolved(OrderText order, String note, int ratingDays);

        static native TemplateInstance residentPhoto(OrderText order, String photo);

        static native TemplateInstance residentCancelled(OrderText order, String reason);

        static native TemplateInstance resumedPhrase();

        static native TemplateInstance resumedNote();

        static native TemplateInstance resolvedNote();

        static native TemplateInstance photoNote();
    }

    Uni<Void> dispatched(Report r, String grid) {
        return notices.residents(r, ReportStatus.DISPATCHED.label(), grid,
                render(Templates.residentDispatched(notices.order(r), grid)));
    }

    Uni<Void> accepted(Report r, String worker) {
        return notices.residents(r, ReportStatus.ACCEPTED.label(), render(Templates.acceptedNote(worker)),
                render(Templates.residentAccepted(notices.order(r), worker)));
    }

    Uni<Void> suspended(Report r, String reason) {
        return notices.residents(r, ReportStatus.SUSPENDED.label(), reason,
                render(Templates.residentSuspended(notices.order(r), reason)));
    }

    Uni<Void> resumed(Report r) {
        return notices.residents(r, render(Templates.resumedPhrase()), render(Templates.resumedNote()),
                render(Templates.residentResumed(notices.order(r))));
    }

    Uni<Void> resolved(Report r, String note) {
        int days = (int) Math.max(1, notices.config().ratingWindow().toDays());
        return notices.residents(r, ReportStatus.RESOLVED.label(), render(Templates.resolvedNote()),
                render(Templates.residentResolved(notices.order(r), note, days)));
    }

    Uni<Void> photo(Report r, String photo) {
        return notices.residents(r, ReportStatus.RESOLVED.label(), render(Templates.photoNote()),
                render(Templates.residentPhoto(notices.order(r), photo)));
    }

    Uni<Void> cancelled(Report r, String reason) {
        return notices.residents(r, ReportStatus.CANCELLED.label(), reason,
                render(Templates.residentCancelled(notices.order(r), reason)));
    }
}
