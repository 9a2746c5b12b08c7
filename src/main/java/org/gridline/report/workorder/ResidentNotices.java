package org.gridline.report.workorder;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.report.Report;

import static org.gridline.report.workorder.Notices.render;

/** What a work order tells the resident who filed it and those following it: its progress (see {@link Notices}). */
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
    }

    Uni<Void> dispatched(Report r, String grid) {
        return notices.residents(r, "已派单", grid, render(Templates.residentDispatched(notices.order(r), grid)));
    }

    Uni<Void> accepted(Report r, String worker) {
        return notices.residents(r, "已签收", render(Templates.acceptedNote(worker)),
                render(Templates.residentAccepted(notices.order(r), worker)));
    }

    Uni<Void> suspended(Report r, String reason) {
        return notices.residents(r, "已挂起", reason, render(Templates.residentSuspended(notices.order(r), reason)));
    }

    Uni<Void> resumed(Report r) {
        return notices.residents(r, "处理中", "恢复处理", render(Templates.residentResumed(notices.order(r))));
    }

    Uni<Void> resolved(Report r, String note) {
        int days = (int) Math.max(1, notices.config().ratingWindow().toDays());
        return notices.residents(r, "已办结", "请评价处理结果",
                render(Templates.residentResolved(notices.order(r), note, days)));
    }

    Uni<Void> photo(Report r, String photo) {
        return notices.residents(r, "已办结", "办结照片", render(Templates.residentPhoto(notices.order(r), photo)));
    }

    Uni<Void> cancelled(Report r, String reason) {
        return notices.residents(r, "已作废", reason, render(Templates.residentCancelled(notices.order(r), reason)));
    }
}
