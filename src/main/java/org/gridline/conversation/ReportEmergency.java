package org.gridline.conversation;

import io.smallrye.mutiny.Uni;
import org.gridline.report.Category;

import java.util.Objects;

/**
 * The emergency side of the reporting form: filed (and dispatched) before anything is asked, and every later answer
 * that adds a place, a phone, other words or a photo goes into the filed report.
 */
final class ReportEmergency {
    private final ReportFiling filing;
    private final ReportReplies replies;

    ReportEmergency(ReportFiling filing, ReportReplies replies) {
        this.filing = filing;
        this.replies = replies;
    }

    /** Files the form as it is now and keeps the number in it; the text says who comes. */
    Uni<String> fileAtOnce(FormState<ReportSlots> form, Turn turn, Category category) {
        return filing.file(turn.openid(), form, category).map(filed -> {
            form.update(s -> s.withFiled(filed.number()));
            PlaceSlot place = form.slots.location();
            return replies.emergencyFiled(filed.number(), place == null ? null : place.shown(), filed.dispatch());
        });
    }

    /** Adds what changed since {@code before} (and the photo) to the filed report; null when nothing did. */
    Uni<String> supplement(ReportSlots now, ReportSlots before, Turn turn, String photo) {
        boolean place = changed(shown(now.location()), shown(before.location()));
        boolean phone = changed(now.phone(), before.phone());
        boolean words = changed(now.description(), before.description());
        if (!place && !phone && !words && photo == null) {
            return Uni.createFrom().nullItem();
        }
        return filing.supplement(turn.openid(), now, place, phone, words, photo)
                .map(done -> replies.emergencyUpdated(done, place, phone, words, photo != null));
    }

    private static String shown(PlaceSlot place) {
        return place == null ? null : place.shown();
    }

    private static boolean changed(String now, String before) {
        return now != null && !Objects.equals(now, before);
    }
}
