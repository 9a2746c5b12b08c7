package org.gridline.conversation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.platform.time.ShortTime;
import org.gridline.report.Category;
import org.gridline.report.Dispatched;
import org.gridline.report.Filed;
import org.gridline.report.ReportViews.ReportItem;
import org.gridline.report.Supplemented;

import java.util.List;

/** What the reporting form says; every text is a template under {@code templates/ReportReplies/}. */
@ApplicationScoped
public class ReportReplies {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance emergency(String phones, String phrase);

        static native TemplateInstance emergencyFiled(String number, String place, String grid, String worker,
                                                      boolean leaderTold, String deadline);

        static native TemplateInstance emergencyUpdated(String number, List<String> added, boolean dispatchedNow,
                                                        String grid, String worker, boolean leaderTold,
                                                        boolean workerTold, String deadline);

        static native TemplateInstance emergencyDone(String number, boolean located);

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

    String emergency(ReportSlots form) {
        return render(Templates.emergency(form.emergencyPhones(), form.emergency()));
    }

    /** Right after an emergency was filed from its first message: where it went, or that it waits for a place. */
    String emergencyFiled(String number, String place, Dispatched d) {
        return render(Templates.emergencyFiled(number, place, d.grid(), d.assignee(), d.leaderTold(),
                deadline(d)));
    }

    /**
     * What the resident's answer added to the filed emergency (the template names each part: place, phone, words,
     * photo), and where it went if it was dispatched just now.
     */
    String emergencyUpdated(Supplemented s, boolean place, boolean phone, boolean words, boolean photo) {
        List<String> added = new java.util.ArrayList<>();
        if (place) {
            added.add("place");
        }
        if (phone) {
            added.add("phone");
        }
        if (words) {
            added.add("words");
        }
        if (photo) {
            added.add("photo");
        }
        Dispatched d = s.where();
        return render(Templates.emergencyUpdated(s.number(), added, s.dispatchedNow(), d.grid(), d.assignee(),
                d.leaderTold(), s.assigneeTold(), deadline(d)));
    }

    /** The emergency's follow-up questions are over (answered, skipped or cancelled). */
    String emergencyDone(ReportSlots form) {
        return render(Templates.emergencyDone(form.filed(), form.location() != null && form.location().hasGrid()));
    }

    private static String deadline(Dispatched d) {
        return d.deadline() == null ? null : ShortTime.of(d.deadline());
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
    String pinReceived(PlaceSlot place) {
        return render(Templates.pinReceived(place == null ? null : place.address(),
                place == null ? null : place.gridName()));
    }

    String askPhone() {
        return render(Templates.askPhone());
    }

    String photoReceived(int count) {
        return render(Templates.photoReceived(count));
    }

    String summary(FormState<ReportSlots> form, Category category) {
        ReportSlots s = form.slots;
        return render(Templates.summary(s.description(), category.name(), s.location() == null ? null
                : s.location().shown(), s.location() == null ? null : s.location().gridName(), form.photos.size(),
                s.phone(), s.hasEmergency()));
    }

    String filed(Filed filed) {
        return render(Templates.filed(filed.number(), filed.category(), filed.grid(), filed.assignee(),
                deadline(filed.dispatch()), filed.emergency(), filed.noPhone()));
    }

    String duplicate(ReportItem report, String categoryName) {
        return render(Templates.duplicate(report.number(), categoryName, report.status().label(),
                ShortTime.of(report.createdAt())));
    }

    String followed(ReportItem report) {
        return render(Templates.followed(report.number()));
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
