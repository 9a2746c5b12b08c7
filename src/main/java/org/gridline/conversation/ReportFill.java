package org.gridline.conversation;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.conversation.ReportSlots.Pin;
import org.gridline.conversation.nlu.Emergency;
import org.gridline.conversation.nlu.Intent;
import org.gridline.conversation.nlu.SlotExtractor;
import org.gridline.conversation.nlu.Slots;
import org.gridline.platform.text.Phones;

import java.util.Optional;

/**
 * How one message fills the reporting form's slots, never overwriting an answer: a pin replaces the place; the words
 * answer the description or the category choice only when that is asked; a phone and an address count wherever they
 * stand; the whole answer to "在哪里" counts when it looks like a place; answering the request for a pin otherwise
 * declines it.
 */
@ApplicationScoped
public class ReportFill {
    private final ReportCategories categories;
    private final SlotExtractor extractor;
    private final Places places;
    private final FormRules rules;

    public ReportFill(ReportCategories categories, SlotExtractor extractor, Places places, FormRules rules) {
        this.categories = categories;
        this.extractor = extractor;
        this.places = places;
        this.rules = rules;
    }

    /** The form as the first message opens it: an emergency's phrase, numbers and category, its words, its photo. */
    FormState<ReportSlots> opening(Turn turn, Optional<Emergency> urgent) {
        FormState<ReportSlots> form = FormState.of(FormKind.REPORT, ReportSlots.EMPTY);
        urgent.ifPresent(e -> form.update(s -> s.withEmergency(e.phrase(), String.join("/", e.phones()))
                .withCategory(e.categoryCode())));
        if (turn.isText() && !ReportText.isBareRequest(turn.text())) {
            form.update(s -> s.withDescription(turn.text().strip()));
        }
        if (turn.photo() != null) {
            form.photos.add(turn.photo());
        }
        return form;
    }

    Uni<Void> fill(FormState<ReportSlots> form, Turn turn, boolean asked) {
        if (turn.location() != null) {
            return pin(form, turn);
        }
        if (!turn.isText()) {
            return Uni.createFrom().voidItem();
        }
        String text = turn.text().strip();
        Slots found = extractor.extract(text, turn.day());
        words(form, text, found, asked);
        if (form.slots.location() == null) {
            return place(form, text, found, asked);
        }
        if (asked && ReportDialogue.PIN.equals(form.asking) && turn.recognition().intent() != Intent.HELP) {
            form.update(s -> s.withPin(Pin.DECLINED));
        }
        return Uni.createFrom().voidItem();
    }

    /** A pin replaces the place; sent when asked for one, it keeps the address typed before as its label. */
    private Uni<Void> pin(FormState<ReportSlots> form, Turn turn) {
        PlaceSlot typed = ReportDialogue.PIN.equals(form.asking) ? form.slots.location() : null;
        rules.clear(ReportDialogue.SPEC, form, ReportDialogue.LOCATION);
        String label = typed != null && typed.address() != null ? typed.address() : turn.label();
        return places.pin(turn.location(), label).invoke(place -> settle(form, Optional.of(place))).replaceWithVoid();
    }

    /** The description and the category choice (only as answers to their question), the phone anywhere. */
    private void words(FormState<ReportSlots> form, String text, Slots found, boolean asked) {
        if (asked && ReportDialogue.DESCRIPTION.equals(form.asking) && !ReportText.isBareRequest(text)
                && FormState.fills(form.slots.description(), text)) {
            form.update(s -> s.withDescription(text));
        }
        if (asked && ReportDialogue.CATEGORY.equals(form.asking)) {
            categories.choose(form, text);
        }
        categories.infer(form);
        boolean phoneAsked = asked && ReportDialogue.PHONE.equals(form.asking);
        String phone = found.phone().or(() -> phoneAsked ? Optional.of(text) : Optional.empty())
                .flatMap(Phones::normalize).orElse(null);
        if (FormState.fills(form.slots.phone(), phone)) {
            form.update(s -> s.withPhone(phone));
        }
    }

    /** An address in the message, or the whole answer to "在哪里" when it looks like a place. */
    private Uni<Void> place(FormState<ReportSlots> form, String text, Slots found, boolean asked) {
        Uni<Optional<PlaceSlot>> place = found.address().isPresent()
                ? places.address(found.address().get(), text, true)
                : asked && ReportDialogue.LOCATION.equals(form.asking)
                ? places.address(text, ReportText.looksLikePlace(text))
                : Uni.createFrom().item(Optional.empty());
        return place.invoke(p -> settle(form, p)).replaceWithVoid();
    }

    /** Keeps the place; no pin is needed once the place has a grid or coordinates. */
    private static void settle(FormState<ReportSlots> form, Optional<PlaceSlot> place) {
        place.ifPresent(p -> form.update(s -> s.withLocation(p)));
        PlaceSlot at = form.slots.location();
        if (at != null && (at.hasGrid() || at.lat() != null)) {
            form.update(s -> s.withPin(Pin.NOT_NEEDED));
        }
    }
}
