package org.gridline.conversation;

import org.gridline.conversation.nlu.Emergency;
import org.gridline.report.Category;
import org.gridline.report.NewReport;
import org.gridline.report.Supplement;

import java.util.Optional;

/** The confirmed reporting form as a report to file: an emergency at level 1, else the category's default level. */
final class ReportRequests {
    private ReportRequests() {
    }

    static NewReport of(String reporter, FormState<ReportSlots> form, Category category) {
        ReportSlots s = form.slots;
        Optional<PlaceSlot> place = Optional.ofNullable(s.location());
        return new NewReport(reporter, category.code(), s.hasEmergency() ? Emergency.LEVEL : category.level(),
                s.description(), form.photos, place.map(PlaceSlot::lat).orElse(null),
                place.map(PlaceSlot::lng).orElse(null), place.map(PlaceSlot::address).orElse(null),
                place.map(PlaceSlot::building).orElse(null), place.map(PlaceSlot::grid).orElse(null), s.phone(),
                s.hasEmergency());
    }

    /** What the form says now of the parts named, to add to the report already filed from it. */
    static Supplement supplement(ReportSlots s, boolean place, boolean phone, boolean words, String photo) {
        PlaceSlot at = place ? s.location() : null;
        return new Supplement(at != null ? at.address() : null, at != null ? at.building() : null,
                at != null ? at.lat() : null, at != null ? at.lng() : null, at != null ? at.grid() : null,
                phone ? s.phone() : null, photo, words ? s.description() : null);
    }
}
