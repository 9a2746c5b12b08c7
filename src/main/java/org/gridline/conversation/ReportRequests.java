package org.gridline.conversation;

import org.gridline.conversation.nlu.Category;
import org.gridline.conversation.nlu.Emergency;
import org.gridline.report.NewReport;

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

    private static Double number(String value) {
        return value == null ? null : Double.valueOf(value);
    }
}
