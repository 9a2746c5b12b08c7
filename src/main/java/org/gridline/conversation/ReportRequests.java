package org.gridline.conversation;

import org.gridline.conversation.nlu.Category;
import org.gridline.conversation.nlu.Emergency;
import org.gridline.report.NewReport;
import org.gridline.report.workorder.Supplement;

/** The confirmed reporting form as a report to file: an emergency at level 1, else the category's default level. */
final class ReportRequests {
    private ReportRequests() {
    }

    static NewReport of(String reporter, FormState form, Category category) {
        boolean emergency = form.has(ReportDialogue.EMERGENCY);
        return new NewReport(reporter, category.code(), emergency ? Emergency.LEVEL : category.level(),
                form.get(ReportDialogue.DESCRIPTION), form.photos, number(form.get(Places.LAT)),
                number(form.get(Places.LNG)), form.get(Places.ADDRESS), form.get(Places.BUILDING),
                form.get(Places.GRID), form.get(ReportDialogue.PHONE), emergency);
    }

    /** What the form says now of the parts named, to add to the report already filed from it. */
    static Supplement supplement(FormState form, boolean place, boolean phone, boolean words, String photo) {
        return new Supplement(place ? form.get(Places.ADDRESS) : null, place ? form.get(Places.BUILDING) : null,
                place ? number(form.get(Places.LAT)) : null, place ? number(form.get(Places.LNG)) : null,
                place ? form.get(Places.GRID) : null, phone ? form.get(ReportDialogue.PHONE) : null, photo,
                words ? form.get(ReportDialogue.DESCRIPTION) : null);
    }

    private static Double number(String value) {
        return value == null ? null : Double.valueOf(value);
    }
}
