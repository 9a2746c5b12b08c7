package org.gridline.conversation;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.report.Category;
import org.gridline.report.Report;
import org.gridline.report.ReportService;
import org.gridline.report.workorder.WorkOrders;

import java.util.Optional;

/**
 * The reporting form's one door into the report feature: filing (with its dispatch), looking for a duplicate,
 * following one, and adding to an emergency report already filed.
 */
@ApplicationScoped
public class ReportFiling {
    /** A filed report with how it was dispatched. */
    record Filed(Report report, WorkOrders.Dispatch dispatch) {
    }

    private final ReportService reports;
    private final WorkOrders workOrders;

    public ReportFiling(ReportService reports, WorkOrders workOrders) {
        this.reports = reports;
        this.workOrders = workOrders;
    }

    Uni<Filed> file(String openid, FormState<ReportSlots> form, Category category) {
        return reports.file(ReportRequests.of(openid, form, category))
                .chain(report -> workOrders.dispatchFiled(report).map(dispatch -> new Filed(report, dispatch)));
    }

    /** An open report of the same category at the same pin or building, if any. */
    Uni<Optional<Report>> duplicate(ReportSlots slots) {
        PlaceSlot place = slots.location();
        return reports.findDuplicate(slots.category(), place == null ? null : place.point(),
                place == null ? null : place.building());
    }

    Uni<Report> follow(String number, String openid) {
        return reports.follow(number, openid);
    }

    /** Adds the parts named (and the photo) to the emergency report filed from the form. */
    Uni<WorkOrders.Supplemented> supplement(String openid, ReportSlots slots, boolean place, boolean phone,
                                            boolean words, String photo) {
        return workOrders.supplement(slots.filed(), openid,
                ReportRequests.supplement(slots, place, phone, words, photo));
    }
}
