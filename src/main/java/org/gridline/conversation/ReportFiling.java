package org.gridline.conversation;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.report.Category;
import org.gridline.report.Filed;
import org.gridline.report.ReportService;
import org.gridline.report.ReportViews.ReportItem;
import org.gridline.report.Supplemented;

import java.util.Optional;

/**
 * The reporting form's one door into the report feature: filing (the report service dispatches it in the same
 * transaction and answers one {@link Filed}), looking for a duplicate, following one, and adding to an emergency
 * report already filed.
 */
@ApplicationScoped
public class ReportFiling {
    private final ReportService reports;

    public ReportFiling(ReportService reports) {
        this.reports = reports;
    }

    Uni<Filed> file(String openid, FormState<ReportSlots> form, Category category) {
        return reports.file(ReportRequests.of(openid, form, category));
    }

    /** An open report of the same category at the same pin or building, if any. */
    Uni<Optional<ReportItem>> duplicate(ReportSlots slots) {
        PlaceSlot place = slots.location();
        return reports.findDuplicate(slots.category(), place == null ? null : place.point(),
                place == null ? null : place.building());
    }

    Uni<ReportItem> follow(String number, String openid) {
        return reports.follow(number, openid);
    }

    /** Adds the parts named (and the photo) to the emergency report filed from the form. */
    Uni<Supplemented> supplement(String openid, ReportSlots slots, boolean place, boolean phone, boolean words,
                                 String photo) {
        return reports.supplement(slots.filed(), openid, ReportRequests.supplement(slots, place, phone, words, photo));
    }
}
