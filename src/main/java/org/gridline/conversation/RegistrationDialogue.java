package org.gridline.conversation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import org.gridline.conversation.FormRules.FormSpec;
import org.gridline.conversation.FormRules.Slot;
import org.gridline.conversation.nlu.SlotExtractor;
import org.gridline.conversation.nlu.Slots;
import org.gridline.platform.text.Phones;
import org.gridline.registration.NewRegistration;
import org.gridline.registration.RegistrationService;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * 报备: name, phone (validated), where from, arrival date (relative to the message), where they stay (address →
 * grid). A free sentence fills what it can; the rest is asked.
 */
@Singleton
public class RegistrationDialogue extends FormDialogue<RegistrationSlots> {
    static final String NAME = "name";
    static final String PHONE = "phone";
    static final String ORIGIN = "origin";
    static final String ARRIVAL = "arrival";
    static final String STAY = "stay";
    static final FormSpec<RegistrationSlots> SPEC = new FormSpec<>(FormKind.REGISTRATION, List.of(
            new Slot<>(NAME, false, List.of("名字", "姓名"), s -> s.name() != null, s -> s.withName(null)),
            new Slot<>(PHONE, false, List.of("电话", "手机", "号码"), s -> s.phone() != null, s -> s.withPhone(null)),
            new Slot<>(ORIGIN, false, List.of("哪里来", "从哪", "来自"), s -> s.origin() != null, s -> s.withOrigin(null)),
            new Slot<>(ARRIVAL, false, List.of("日期", "时间", "哪天"), s -> s.arrival() != null,
                    s -> s.withArrival(null)),
            new Slot<>(STAY, false, List.of("地址", "住"), s -> s.stay() != null, s -> s.withStay(null))));
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M月d日");

    private final SlotExtractor extractor;
    private final Places places;
    private final RegistrationService registrations;

    public RegistrationDialogue(FormRules rules, FormReplies texts, SlotExtractor extractor, Places places,
                                RegistrationService registrations) {
        super(rules, texts);
        this.extractor = extractor;
        this.places = places;
        this.registrations = registrations;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance ask(String slot);

        static native TemplateInstance summary(String name, String phone, String origin, String arrival,
                                               String stay, String grid);

        static native TemplateInstance registered(String grid, boolean highRisk);

        static native TemplateInstance paused();
    }

    @Override
    public FormSpec<RegistrationSlots> spec() {
        return SPEC;
    }

    @Override
    public Uni<Outcome> start(Turn turn) {
        FormState<RegistrationSlots> form = FormState.of(FormKind.REGISTRATION, RegistrationSlots.EMPTY);
        return fill(form, turn, false).chain(() -> progress(form));
    }

    @Override
    protected Uni<Void> fill(FormState<RegistrationSlots> form, Turn turn, boolean asked) {
        if (turn.location() != null) {
            rules.clear(SPEC, form, STAY);
            return places.pin(turn.location(), turn.label()).invoke(p -> form.update(s -> s.withStay(p)))
                    .replaceWithVoid();
        }
        if (!turn.isText()) {
            return Uni.createFrom().voidItem();
        }
        String text = turn.text().strip();
        Slots slots = extractor.extract(text, turn.day());
        String asking = asked ? form.asking : "";
        fillWords(form, text, slots, asking, turn.day());
        Optional<String> stay = RegistrationText.stay(text).or(slots::address)
                .or(() -> STAY.equals(asking) ? Optional.of(text) : Optional.empty());
        return form.slots.stay() != null || stay.isEmpty() ? Uni.createFrom().voidItem()
                : places.address(stay.get(), true).invoke(p -> p.ifPresent(at -> form.update(s -> s.withStay(at))))
                .replaceWithVoid();
    }

    /** Name, phone and origin from the sentence, or the whole answer to their question; an arrival not after today. */
    private static void fillWords(FormState<RegistrationSlots> form, String text, Slots slots, String asking,
                                  LocalDate today) {
        String name = slots.name().or(() -> NAME.equals(asking) ? RegistrationText.name(text) : Optional.empty())
                .orElse(null);
        String phone = slots.phone().or(() -> PHONE.equals(asking) ? Optional.of(text) : Optional.empty())
                .flatMap(Phones::normalize).orElse(null);
        String origin = slots.origin().or(() -> ORIGIN.equals(asking) ? RegistrationText.origin(text)
                : Optional.empty()).orElse(null);
        Optional<LocalDate> arrival = slots.arrivalDate().filter(d -> !d.isAfter(today));
        form.update(s -> FormState.fills(s.name(), name) ? s.withName(name) : s);
        form.update(s -> FormState.fills(s.phone(), phone) ? s.withPhone(phone) : s);
        form.update(s -> FormState.fills(s.origin(), origin) ? s.withOrigin(origin) : s);
        form.update(s -> s.arrival() == null && arrival.isPresent() ? s.withArrival(arrival.get()) : s);
    }

    @Override
    protected String question(FormState<RegistrationSlots> form, String slot) {
        return render(Templates.ask(slot));
    }

    @Override
    protected String summary(FormState<RegistrationSlots> form) {
        RegistrationSlots s = form.slots;
        return render(Templates.summary(s.name(), s.phone(), s.origin(), s.arrival() == null ? null
                : DAY.format(s.arrival()), s.stay() == null ? null : s.stay().shown(), gridName(s)));
    }

    @Override
    protected Uni<Outcome> submit(FormState<RegistrationSlots> form, Turn turn) {
        RegistrationSlots s = form.slots;
        NewRegistration request = new NewRegistration(turn.openid(), s.name(), s.phone(), s.origin(), s.arrival(),
                s.stay() == null ? null : s.stay().shown(), s.stay() == null ? null : s.stay().grid());
        return registrations.register(request).map(saved ->
                Outcome.done(render(Templates.registered(gridName(s), saved.highRisk()))));
    }

    @Override
    protected Uni<Outcome> wayOut(FormState<RegistrationSlots> form, String slot) {
        return Uni.createFrom().item(Outcome.draft(form, render(Templates.paused())));
    }

    private static String gridName(RegistrationSlots s) {
        return s.stay() == null ? null : s.stay().gridName();
    }

    private static String render(TemplateInstance template) {
        return template.render().strip();
    }
}
