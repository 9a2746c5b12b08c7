package org.gridline.report.workorder;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The short texts of work orders that people read outside the notices: the refusals answered in the chat and the
 * timeline's notes. Templates under {@code templates/WorkOrderTexts/}; {@link #of} renders one, stripped.
 */
final class WorkOrderTexts {
    private WorkOrderTexts() {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notYours(String number);

        static native TemplateInstance taken(String number, String name);

        static native TemplateInstance acceptNote(String name, boolean takenOver);

        static native TemplateInstance deadlineMoved(String deadline);

        static native TemplateInstance unknownReport(String number);

        static native TemplateInstance volunteerRefused(String number);

        static native TemplateInstance notMember(String number);

        static native TemplateInstance dispatchNote(String worker, String reason);

        static native TemplateInstance noGrid();

        static native TemplateInstance noWorker(String grid);

        static native TemplateInstance redispatchReason(String reason);

        static native TemplateInstance reassignReason(String reason);

        static native TemplateInstance ratingNote(String label, String comment);

        static native TemplateInstance reopenNote(String note);

        static native TemplateInstance photoNote();

        static native TemplateInstance closedUnrated();

        static native TemplateInstance stepNote(EscalationStep step, int told);

        static native TemplateInstance orderOverdueNote(String department);

        static native TemplateInstance orderNeedsNote(String number, String code);

        static native TemplateInstance orderLeaderOnly();

        static native TemplateInstance orderClosed(String status);

        static native TemplateInstance unknownDepartment(String code);

        static native TemplateInstance orderOpen(String department);

        static native TemplateInstance orderedNote(String department, String note);

        static native TemplateInstance acknowledgedNote(String department);

        static native TemplateInstance reclassifyNote(String from, String fromCode, String to, String toCode,
                                                      String deadline, String reason);
    }

    static String of(TemplateInstance template) {
        return template.render().strip();
    }
}
