package org.gridline.conversation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import org.gridline.conversation.FormRules.FormSpec;
import org.gridline.conversation.FormRules.SlotDef;
import org.gridline.conversation.nlu.SlotExtractor;
import org.gridline.conversation.nlu.Slots;
import org.gridline.platform.text.Phones;
import org.gridline.registration.NewRegistration;
import org.gridline.registration.Registration;
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
public class RegistrationDialogue extends FormDialogue {
    static final String NAME = "name";
    static final String PHONE = "phone";
    static final String ORIGIN = "origin";
    static final String ARRIVAL = "arrival";
    static final String STAY = "stay";
    static final FormSpec SPEC = new FormSpec(FormKind.REGISTRATION, List.of(
            new SlotDef(NAME, false, List.of("名字", "姓名"), List.of()),
            new SlotDef(PHONE, false, List.of("电话", "手机", "号码"), List.of()),
            new SlotDef(ORIGIN, false, List.of("哪里来", "从哪", "来自"), List.of()),
            new SlotDef(ARRIVAL, false, List.of("日期", "时间", "哪天"), List.of()),
            new SlotDef(STAY, false, List.of("地址", "住"), List.of(Places.LAT, Places.LNG, Places.ADDRESS,
                    Places.GRID, Places.GRID_NAME, Places.BUILDING))));
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M月d日");

    private final SlotExtractor extractor;
    private final Places places;
    private final RegistrationService registrations;

    public RegistrationDialogue(FormRules rules, SlotExtractor extractor, Places places,
                                RegistrationService registrations) {
        super(rules);
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
    public FormSpec spec() {
        return SPEC;
    }

    @Override
    public Uni<Outcome> start(Turn turn) {
        FormState form = FormState.of(FormKind.REGISTRATION);
        return fill(form, turn, false).chain(() -> progress(form));
    }

    @Override
    protected Uni<Void> fill(FormState form, Turn turn, boolean asked) {
        if (turn.location() != null) {
            rules.clear(SPEC, form, STAY);
            return places.pin(form, STAY, turn.location(), turn.label());
        }
        if (!turn.isText()) {
            return Uni.createFrom().voidItem();
        }
        String text = turn.text().strip();
        Slots slots = extractor.extract(text, turn.day());
        String asking = asked ? form.asking : "";
        form.offer(NAME, slots.name().or(() -> NAME.equals(asking) ? RegistrationText.name(text) : Optional.empty())
                .orElse(null));
        form.offer(PHONE, slots.phone().or(() -> PHONE.equals(asking) ? Optional.of(text) : Optional.empty())
                .flatMap(Phones::normalize).orElse(null));
        form.offer(ORIGIN, slots.origin().or(() -> ORIGIN.equals(asking) ? RegistrationText.origin(text)
                : Optional.empty()).orElse(null));
        form.offer(ARRIVAL, slots.arrivalDate().filter(d -> !d.isAfter(turn.day())).map(LocalDate::toString)
                .orElse(null));
        Optional<String> stay = RegistrationText.stay(text).or(slots::address)
                .or(() -> STAY.equals(asking) ? Optional.of(text) : Optional.empty());
        return form.has(STAY) || stay.isEmpty() ? Uni.createFrom().voidItem()
                : places.address(form, STAY, stay.get(), true).replaceWithVoid();
    }

    @Override
    protected String question(FormState form, String slot) {
        return render(Templates.ask(slot));
    }

    @Override
    protected String summary(FormState form) {
        return render(Templates.summary(form.get(NAME), form.get(PHONE), form.get(ORIGIN), day(form.get(ARRIVAL)),
                form.get(STAY), form.get(Places.GRID_NAME)));
    }

    @Override
    protected Uni<Outcome> submit(FormState form, Turn turn) {
        NewRegistration request = new NewRegistration(turn.openid(), form.get(NAME), form.get(PHONE),
                form.get(ORIGIN), LocalDate.parse(form.get(ARRIVAL)), form.get(STAY), form.get(Places.GRID));
        return registrations.register(request).map((Registration saved) ->
                Outcome.done(render(Templates.registered(form.get(Places.GRID_NAME), saved.highRisk))));
    }

    @Override
    protected Uni<Outcome> wayOut(FormState form, String slot) {
        return Uni.createFrom().item(Outcome.draft(form, render(Templates.paused())));
    }

    private static String day(String iso) {
        return iso == null ? null : DAY.format(LocalDate.parse(iso));
    }
}
