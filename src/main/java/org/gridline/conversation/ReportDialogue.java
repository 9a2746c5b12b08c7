package org.gridline.conversation;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import org.gridline.conversation.FormRules.FormSpec;
import org.gridline.conversation.FormRules.Slot;
import org.gridline.conversation.nlu.Emergency;
import org.gridline.conversation.nlu.EmergencyDetector;
import org.gridline.conversation.nlu.Intent;
import org.gridline.report.Category;
import org.gridline.report.CategoryStandard;
import org.gridline.report.ReportViews.ReportItem;

import java.util.List;
import java.util.Optional;

/**
 * 事件上报: description, category (inferred; a numbered choice only when unclear), location (pin or address), photos
 * (any time), phone (optional); a probable duplicate is offered to follow (关注) instead of filing, as soon as category
 * and place are known. A typed place that no grid has is kept as typed, and a location pin is asked for once
 * ({@link #PIN}). An emergency gets its numbers first and is filed at level 1 and dispatched at once, with what the
 * first message says ({@link ReportEmergency}); the questions after it only add to the filed report.
 */
@Singleton
public class ReportDialogue extends FormDialogue<ReportSlots> {
    static final String DESCRIPTION = "description";
    static final String CATEGORY = "category";
    static final String LOCATION = "location";
    /** Settled when the place has a grid or a pin, or the resident answered the one request for a pin. */
    static final String PIN = "pin";
    static final String PHONE = "phone";
    static final FormSpec<ReportSlots> SPEC = new FormSpec<>(FormKind.REPORT, List.of(
            new Slot<>(DESCRIPTION, false, List.of("描述", "内容", "问题"), s -> s.description() != null,
                    s -> s.withDescription(null).withCategory(null).withDuplicateChecked(false)),
            new Slot<>(CATEGORY, false, List.of("分类", "类别", "类型"), s -> s.category() != null,
                    s -> s.withCategory(null).withDuplicateChecked(false)),
            new Slot<>(LOCATION, false, List.of("地址", "位置", "地点"), s -> s.location() != null,
                    s -> s.withLocation(null).withDuplicateChecked(false).withPin(null)),
            new Slot<>(PIN, true, List.of(), s -> s.pin() != null, s -> s.withPin(null)),
            new Slot<>(PHONE, true, List.of("电话", "手机", "号码"), s -> s.phone() != null, s -> s.withPhone(null))));

    private final CategoryStandard standard;
    private final ReportCategories categories;
    private final EmergencyDetector emergencies;
    private final ReportFill filler;
    private final ReportFiling filing;
    private final ReportEmergency emergency;
    private final ReportReplies replies;

    public ReportDialogue(FormRules rules, FormReplies texts, CategoryStandard standard, ReportCategories categories,
                          EmergencyDetector emergencies, ReportFill filler, ReportFiling filing,
                          ReportReplies replies) {
        super(rules, texts);
        this.standard = standard;
        this.categories = categories;
        this.emergencies = emergencies;
        this.filler = filler;
        this.filing = filing;
        this.emergency = new ReportEmergency(filing, replies);
        this.replies = replies;
    }

    @Override
    public FormSpec<ReportSlots> spec() {
        return SPEC;
    }

    @Override
    public Uni<Outcome> start(Turn turn) {
        Optional<Emergency> urgent = turn.isText() ? emergencies.detect(turn.text()) : Optional.empty();
        FormState<ReportSlots> form = filler.opening(turn, urgent);
        Uni<Outcome> next = fill(form, turn, false).chain(() -> urgent.isPresent()
                ? emergency.fileAtOnce(form, turn, category(form))
                .chain(filed -> progress(form).map(o -> o.prefixed(filed)))
                : progress(form));
        if (turn.location() != null) {
            next = next.map(o -> o.prefixed(replies.pinReceived(form.slots.location())));
        }
        return urgent.isEmpty() ? next : next.map(o -> o.prefixed(replies.emergency(form.slots)));
    }

    /** See {@link ReportFill}: never overwrites an answer; words answer the description only when it is asked. */
    @Override
    protected Uni<Void> fill(FormState<ReportSlots> form, Turn turn, boolean asked) {
        return filler.fill(form, turn, asked);
    }

    @Override
    protected String question(FormState<ReportSlots> form, String slot) {
        return switch (slot) {
            case DESCRIPTION -> replies.askDescription();
            case CATEGORY -> replies.askCategory(categories.choices(form));
            case LOCATION -> replies.askLocation();
            case PIN -> replies.askPin(form.slots.location() == null ? null : form.slots.location().shown());
            case PHONE -> replies.askPhone();
            default -> summary(form);
        };
    }

    @Override
    protected String summary(FormState<ReportSlots> form) {
        return replies.summary(form, category(form));
    }

    @Override
    protected Uni<Outcome> wayOut(FormState<ReportSlots> form, String slot) {
        switch (slot) {
            case CATEGORY -> form.update(s -> s.withCategory(CategoryStandard.OTHER));
            case LOCATION -> form.skipped.addAll(List.of(LOCATION, PIN));
            case PIN, PHONE -> form.skipped.add(slot);
            default -> {
                return Uni.createFrom().item(Outcome.draft(form, replies.paused()));
            }
        }
        return progress(form).map(o -> o.prefixed(replies.wayOut(slot)));
    }

    @Override
    public Uni<Outcome> photo(FormState<ReportSlots> form, Turn turn) {
        form.photos.add(turn.photo());
        if (form.slots.filed() != null) {
            return emergency.supplement(form.slots, form.slots, turn, turn.photo())
                    .map(said -> Outcome.open(form, said, current(form)));
        }
        return open(form, replies.photoReceived(form.photos.size()), current(form));
    }

    @Override
    public Uni<Outcome> answer(FormState<ReportSlots> form, Turn turn) {
        Uni<Outcome> answered = form.slots.filed() != null ? addToFiled(form, turn)
                : FormRules.DUPLICATE.equals(form.asking) ? atDuplicate(form, turn) : super.answer(form, turn);
        return turn.location() == null ? answered
                : answered.map(o -> o.prefixed(replies.pinReceived(form.slots.location())));
    }

    /** At the offer of a probable duplicate: 关注 follows it, 取消 ends the form, anything else goes on. */
    private Uni<Outcome> atDuplicate(FormState<ReportSlots> form, Turn turn) {
        Intent intent = turn.recognition().intent();
        if (intent == Intent.FOLLOW) {
            return filing.follow(form.slots.duplicateOf(), turn.openid())
                    .map(report -> Outcome.done(replies.followed(report)));
        }
        if (intent == Intent.CANCEL) {
            return super.answer(form, turn);
        }
        return fill(form, turn, false).chain(() -> progress(form));
    }

    /** An answer after the emergency was filed: whatever it adds goes into the report, and the resident hears so. */
    private Uni<Outcome> addToFiled(FormState<ReportSlots> form, Turn turn) {
        if (turn.recognition().intent() == Intent.CANCEL) {
            return Uni.createFrom().item(Outcome.done(replies.emergencyDone(form.slots)));
        }
        ReportSlots before = form.slots;
        return super.answer(form, turn).chain(outcome -> emergency.supplement(form.slots, before, turn, null)
                .map(said -> said == null ? outcome : outcome.prefixed(said)));
    }

    /** As soon as category and place are known (before the phone question), a probable duplicate is offered. */
    @Override
    protected Uni<Outcome> progress(FormState<ReportSlots> form) {
        ReportSlots s = form.slots;
        boolean placeKnown = s.pin() != null || form.skipped.contains(PIN) || form.skipped.contains(LOCATION);
        if (s.duplicateChecked() || s.hasEmergency() || s.category() == null || !placeKnown) {
            return super.progress(form);
        }
        form.update(x -> x.withDuplicateChecked(true));
        if (s.location() == null || (s.location().lat() == null && s.location().building() == null)) {
            return super.progress(form);
        }
        return filing.duplicate(form.slots).chain(found -> found.isEmpty() ? super.progress(form)
                : offerDuplicate(form, found.get()));
    }

    private Uni<Outcome> offerDuplicate(FormState<ReportSlots> form, ReportItem found) {
        form.update(s -> s.withDuplicateOf(found.number()));
        rules.ask(form, FormRules.DUPLICATE);
        return open(form, replies.duplicate(found, categories.name(found.category())));
    }

    /** After a filed emergency there is no summary to confirm: the questions are over. */
    @Override
    protected Uni<Outcome> beforeSummary(FormState<ReportSlots> form) {
        return form.slots.filed() != null ? Uni.createFrom().item(Outcome.done(replies.emergencyDone(form.slots)))
                : super.beforeSummary(form);
    }

    @Override
    protected Uni<Outcome> submit(FormState<ReportSlots> form, Turn turn) {
        return filing.file(turn.openid(), form, category(form)).map(filed -> Outcome.done(replies.filed(filed)));
    }

    private Category category(FormState<ReportSlots> form) {
        return standard.category(form.slots.category()).orElse(standard.other());
    }
}
