package org.gridline.conversation;

import org.gridline.platform.time.ShortTime;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.conversation.nlu.Category;
import org.gridline.report.Report;
import org.gridline.report.workorder.WorkOrders;

import java.util.List;

/** What the reporting form says; every text is a template under {@code templates/ReportReplies/}. */
@ApplicationScoped
public class ReportReplies {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance emergency(String phones, String phrase);

        static native TemplateInstance askDescription();

        static native TemplateInstance askCategory(List<String> choices);

        static native TemplateInstance askLocation();

        static native TemplateInstance askPin(String place);

        static native TemplateInstance pinReceived(String place, String grid);

        static native TemplateInstance askPhone();

        static native TemplateInstance photoReceived(int count);

        static native TemplateInstance summary(String description, String category, String location, String grid,
                                               int photos, String phone, boolean emergency);

        static native TemplateInstance filed(String number, String category, String grid, String worker,
                                             String deadline, boolean emergency, boolean noPhone);

        static native TemplateInstance duplicate(String number, String category, String status, String filedAt);

        static native TemplateInstance followed(String number);

        static native TemplateInstance wayOut(String slot);

        static native TemplateInstance paused();
    }

    String emergency(FormState form) {
        return render(Templates.emergency(form.get(ReportDialogue.PHONES), form.get(ReportDialogue.EMERGENCY)));
    }

    String askDescription() {
        return render(Templates.askDescription());
    }

    String askCategory(List<String> choices) {
        return render(Templates.askCategory(choices));
    }

    String askLocation() {
        return render(Templates.askLocation());
    }

    String askPin(String place) {
        return render(Templates.askPin(place));
    }

    /** The acknowledgement of a location pin: where it is, and whether a grid has it. */
    String pinReceived(FormState form) {
        return render(Templates.pinReceived(form.get(Places.ADDRESS), form.get(Places.GRID_NAME)));
    }

    String askPhone() {
        return render(Templates.askPhone());
    }

    String photoReceived(int count) {
        return render(Templates.photoReceived(count));
    }

    String summary(FormState form, Category category) {
        return render(Templates.summary(form.get(ReportDialogue.DESCRIPTION), category.name(),
                form.get(ReportDialogue.LOCATION), form.get(Places.GRID_NAME), form.photos.size(),
                form.get(ReportDialogue.PHONE), form.has(ReportDialogue.EMERGENCY)));
    }

    String filed(Report report, Category category, WorkOrders.Dispatch dispatch) {
        String deadline = dispatch.deadline() == null ? null : ShortTime.of(dispatch.deadline());
        return render(Templates.filed(report.number, category.name(), dispatch.gridName(), dispatch.assigneeName(),
                deadline, report.emergency, report.contactPhone == null));
    }

    String duplicate(Report report, String categoryName) {
        return render(Templates.duplicate(report.number, categoryName, report.status.label(),
                ShortTime.of(report.createdAt)));
    }

    String followed(Report report) {
        return render(Templates.followed(report.number));
    }

    String wayOut(String slot) {
        return render(Templates.wayOut(slot));
    }

    String paused() {
        return render(Templates.paused());
    }

    private static String render(TemplateInstance template) {
        return template.render().strip();
    }
}
