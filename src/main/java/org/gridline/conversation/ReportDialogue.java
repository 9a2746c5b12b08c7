package org.gridline.conversation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import org.gridline.conversation.FormRules.FormSpec;
import org.gridline.conversation.FormRules.SlotDef;
import org.gridline.conversation.nlu.Category;
import org.gridline.conversation.nlu.CategoryStandard;
import org.gridline.conversation.nlu.Emergency;
import org.gridline.conversation.nlu.EmergencyDetector;
import org.gridline.conversation.nlu.Intent;
import org.gridline.conversation.nlu.SlotExtractor;
import org.gridline.grid.GeoPoint;
import org.gridline.platform.text.Phones;
import org.gridline.report.ReportService;
import org.gridline.report.workorder.WorkOrders;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 事件上报: description, category (inferred; a numbered choice only when unclear), location (pin or address), photos
 * (any time), phone (optional); a probable duplicate is offered to follow (关注) instead of filing, as soon as category
 * and place are known. A typed place that no grid has is kept as typed, and a location pin is asked for once
 * ({@link #PIN}). An emergency gets its numbers first and is filed at level 1 and dispatched at once, with what the
 * first message says; the questions after it (place, phone) and any photo only add to the filed report.
 */
@Singleton
public class ReportDialogue extends FormDialogue {
    static final String DESCRIPTION = "description";
    static final String CATEGORY = "category";
    static final String LOCATION = "location";
    static final String PHONE = "phone";
    static final String EMERGENCY = "emergency";
    static final String PHONES = "emergencyPhones";
    static final String DUPLICATE_OF = "duplicateOf";
    static final String CHECKED = "duplicateChecked";
    /** The number of the emergency report filed from this form. */
    static final String FILED = "filed";
    /** Settled when the place has a grid or a pin, or the resident answered the one request for a pin. */
    static final String PIN = "pin";
    static final FormSpec SPEC = new FormSpec(FormKind.REPORT, List.of(
            new SlotDef(DESCRIPTION, false, List.of("描述", "内容", "问题"), List.of(CATEGORY, CHECKED)),
            new SlotDef(CATEGORY, false, List.of("分类", "类别", "类型"), List.of(CHECKED)),
            new SlotDef(LOCATION, false, List.of("地址", "位置", "地点"), List.of(Places.LAT, Places.LNG,
                    Places.ADDRESS, Places.GRID, Places.GRID_NAME, Places.BUILDING, CHECKED, PIN)),
            new SlotDef(PIN, true, List.of(), List.of()),
            new SlotDef(PHONE, true, List.of("电话", "手机", "号码"), List.of())));

    private final CategoryStandard standard;
    private final ReportCategories categories;
    private final EmergencyDetector emergencies;
    private final SlotExtractor extractor;
    private final Places places;
    private final ReportService reports;
    private final ReportReplies replies;
    private final WorkOrders workOrders;

    public ReportDialogue(FormRules rules, CategoryStandard standard, ReportCategories categories,
                          EmergencyDetector emergencies, SlotExtractor extractor, Places places,
                          ReportService reports, ReportReplies replies, WorkOrders workOrders) {
        super(rules);
        this.standard = standard;
        this.categories = categories;
        this.emergencies = emergencies;
        this.extractor = extractor;
        this.places = places;
        this.reports = reports;
        this.replies = replies;
        this.workOrders = workOrders;
    }

    @Override
    public FormSpec spec() {
        return SPEC;
    }

    @Override
    public Uni<Outcome> start(Turn turn) {
        FormState form = FormState.of(FormKind.REPORT);
        Optional<Emergency> emergency = turn.isText() ? emergencies.detect(turn.text()) : Optional.empty();
        emergency.ifPresent(e -> {
            form.put(EMERGENCY, e.phrase());
            form.put(PHONES, String.join("/", e.phones()));
            form.put(CATEGORY, e.categoryCode());
        });
        if (turn.isText() && !ReportText.isBareRequest(turn.text())) {
            form.put(DESCRIPTION, turn.text().strip());
        }
        if (turn.photo() != null) {
            form.photos.add(turn.photo());
        }
        Uni<Outcome> next = fill(form, turn, false)
                .chain(() -> emergency.isPresent() ? fileAtOnce(form, turn) : progress(form));
        if (turn.location() != null) {
            next = next.map(o -> o.prefixed(replies.pinReceived(form)));
        }
        return emergency.isEmpty() ? next : next.map(o -> o.prefixed(replies.emergency(form)));
    }

    /** An emergency is filed and dispatched before anything is asked; what follows only adds to the report. */
    private Uni<Outcome> fileAtOnce(FormState form, Turn turn) {
        return reports.file(ReportRequests.of(turn.openid(), form, category(form)))
                .chain(report -> workOrders.dispatchFiled(report).chain(dispatch -> {
                    form.put(FILED, report.number);
                    String filed = replies.emergencyFiled(report.number, form.get(LOCATION), dispatch);
                    return progress(form).map(o -> o.prefixed(filed));
                }));
    }

    @Override
    public Uni<Outcome> photo(FormState form, Turn turn) {
        form.photos.add(turn.photo());
        if (form.has(FILED)) {
            return supplement(form, turn, Map.copyOf(form.slots), turn.photo())
                    .map(said -> Outcome.open(form, said, current(form)));
        }
        return Uni.createFrom().item(Outcome.open(form, replies.photoReceived(form.photos.size()), current(form)));
    }

    @Override
    public Uni<Outcome> answer(FormState form, Turn turn) {
        if (turn.location() != null) {
            return answerAsked(form, turn).map(o -> o.prefixed(replies.pinReceived(form)));
        }
        return answerAsked(form, turn);
    }

    private Uni<Outcome> answerAsked(FormState form, Turn turn) {
        if (form.has(FILED)) {
            return addToFiled(form, turn);
        }
        if (!FormRules.DUPLICATE.equals(form.asking)) {
            return super.answer(form, turn);
        }
        Intent intent = turn.recognition().intent();
        if (intent == Intent.FOLLOW) {
            return reports.follow(form.get(DUPLICATE_OF), turn.openid())
                    .map(report -> Outcome.done(replies.followed(report)));
        }
        if (intent == Intent.CANCEL) {
            return super.answer(form, turn);
        }
        return fill(form, turn, false).chain(() -> progress(form));
    }

    /** An answer after the emergency was filed: whatever it adds goes into the report, and the resident hears so. */
    private Uni<Outcome> addToFiled(FormState form, Turn turn) {
        if (turn.recognition().intent() == Intent.CANCEL) {
            return Uni.createFrom().item(Outcome.done(replies.emergencyDone(form)));
        }
        Map<String, String> before = Map.copyOf(form.slots);
        return super.answer(form, turn).chain(outcome -> supplement(form, turn, before, null)
                .map(said -> said == null ? outcome : outcome.prefixed(said)));
    }

    /** Adds what changed since {@code before} (and the photo) to the filed report; null when nothing did. */
    private Uni<String> supplement(FormState form, Turn turn, Map<String, String> before, String photo) {
        boolean place = changed(form, before, LOCATION);
        boolean phone = changed(form, before, PHONE);
        boolean words = changed(form, before, DESCRIPTION);
        if (!place && !phone && !words && photo == null) {
            return Uni.createFrom().nullItem();
        }
        return workOrders.supplement(form.get(FILED), turn.openid(),
                        ReportRequests.supplement(form, place, phone, words, photo))
                .map(done -> replies.emergencyUpdated(done, place, phone, words, photo != null));
    }

    private static boolean changed(FormState form, Map<String, String> before, String slot) {
        return form.has(slot) && !form.get(slot).equals(before.get(slot));
    }

    @Override
    protected Uni<Void> fill(FormState form, Turn turn, boolean asked) {
        if (turn.location() != null) {
            String typed = PIN.equals(form.asking) ? form.get(Places.ADDRESS) : null;
            rules.clear(SPEC, form, LOCATION);
            return places.pin(form, LOCATION, turn.location(), typed != null ? typed : turn.label())
                    .invoke(() -> settlePin(form));
        }
        if (!turn.isText()) {
            return Uni.createFrom().voidItem();
        }
        String text = turn.text().strip();
        if (asked && DESCRIPTION.equals(form.asking)) {
            form.offer(DESCRIPTION, ReportText.isBareRequest(text) ? null : text);
        }
        if (asked && CATEGORY.equals(form.asking)) {
            categories.choose(form, text);
        }
        categories.infer(form);
        var slots = extractor.extract(text, turn.day());
        String phone = slots.phone().or(() -> asked && PHONE.equals(form.asking) ? Optional.of(text) : Optional.empty())
                .flatMap(Phones::normalize).orElse(null);
        form.offer(PHONE, phone);
        if (form.has(LOCATION)) {
            if (asked && PIN.equals(form.asking) && turn.recognition().intent() != Intent.HELP) {
                form.put(PIN, "declined");
            }
            return Uni.createFrom().voidItem();
        }
        Uni<Boolean> place = slots.address().isPresent()
                ? places.address(form, LOCATION, slots.address().get(), text, true)
                : asked && LOCATION.equals(form.asking)
                ? places.address(form, LOCATION, text, ReportText.looksLikePlace(text))
                : Uni.createFrom().item(false);
        return place.invoke(() -> settlePin(form)).replaceWithVoid();
    }

    /** No pin is needed once the place has a grid or coordinates. */
    private static void settlePin(FormState form) {
        if (form.has(LOCATION) && (form.has(Places.GRID) || form.has(Places.LAT))) {
            form.put(PIN, "not needed");
        }
    }

    @Override
    protected String question(FormState form, String slot) {
        return switch (slot) {
            case DESCRIPTION -> replies.askDescription();
            case CATEGORY -> replies.askCategory(categories.choices(form));
            case LOCATION -> replies.askLocation();
            case PIN -> replies.askPin(form.get(LOCATION));
            case PHONE -> replies.askPhone();
            default -> summary(form);
        };
    }

    @Override
    protected String summary(FormState form) {
        return replies.summary(form, category(form));
    }

    /** After a filed emergency there is no summary to confirm: the questions are over. */
    @Override
    protected Uni<Outcome> beforeSummary(FormState form) {
        if (form.has(FILED)) {
            return Uni.createFrom().item(Outcome.done(replies.emergencyDone(form)));
        }
        return super.beforeSummary(form);
    }

    /** As soon as category and place are known (before the phone question), a probable duplicate is offered. */
    @Override
    protected Uni<Outcome> progress(FormState form) {
        boolean placeKnown = form.has(PIN) || form.skipped.contains(PIN) || form.skipped.contains(LOCATION);
        if (form.has(CHECKED) || form.has(EMERGENCY) || !form.has(CATEGORY) || !placeKnown) {
            return super.progress(form);
        }
        form.put(CHECKED, "yes");
        var point = form.has(Places.LAT) ? new GeoPoint(Double.parseDouble(form.get(Places.LAT)),
                Double.parseDouble(form.get(Places.LNG))) : null;
        if (point == null && !form.has(Places.BUILDING)) {
            return super.progress(form);
        }
        return reports.findDuplicate(form.get(CATEGORY), point, form.get(Places.BUILDING)).chain(found -> {
            if (found.isEmpty()) {
                return super.progress(form);
            }
            form.put(DUPLICATE_OF, found.get().number);
            rules.ask(form, FormRules.DUPLICATE);
            return Uni.createFrom().item(Outcome.open(form, replies.duplicate(found.get(),
                    categories.name(found.get().categoryCode))));
        });
    }

    @Override
    protected Uni<Outcome> submit(FormState form, Turn turn) {
        Category category = category(form);
        return reports.file(ReportRequests.of(turn.openid(), form, category))
                .chain(report -> workOrders.dispatchFiled(report)
                        .map(dispatch -> Outcome.done(replies.filed(report, category, dispatch))));
    }

    @Override
    protected Uni<Outcome> wayOut(FormState form, String slot) {
        switch (slot) {
            case CATEGORY -> form.put(CATEGORY, CategoryStandard.OTHER);
            case LOCATION -> form.skipped.addAll(List.of(LOCATION, PIN));
            case PIN, PHONE -> form.skipped.add(slot);
            default -> {
                return Uni.createFrom().item(Outcome.draft(form, replies.paused()));
            }
        }
        return progress(form).map(o -> o.prefixed(replies.wayOut(slot)));
    }

    private Category category(FormState form) {
        return standard.category(form.get(CATEGORY)).orElse(standard.other());
    }
}
