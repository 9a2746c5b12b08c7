package org.gridline.conversation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * One resident's form between messages, stored as JSON in the {@code conversation} row: the typed answers, what is
 * being asked, how often it was asked again, what was skipped.
 */
public final class FormState<S extends FormSlots> {
    public FormKind kind;
    /**
     * The slot being asked, {@link FormRules#CONFIRM} at the summary, {@link FormRules#DUPLICATE} at a duplicate offer.
     */
    public String asking;
    /** How many times {@link #asking} was asked again after an answer that did not fit. */
    public int reAsks;
    public S slots;
    public Set<String> skipped = new LinkedHashSet<>();
    /** Photo references attached while the form is open. */
    public List<String> photos = new ArrayList<>();
    /** Category codes offered as a numbered choice, in order. */
    public List<String> choices = new ArrayList<>();

    public static <S extends FormSlots> FormState<S> of(FormKind kind, S slots) {
        FormState<S> state = new FormState<>();
        state.kind = kind;
        state.slots = slots;
        return state;
    }

    public void update(UnaryOperator<S> change) {
        slots = change.apply(slots);
    }

    /** Whether {@code value} may fill a slot now {@code current}: a later sentence does not overwrite an answer. */
    public static boolean fills(Object current, String value) {
        return current == null && value != null && !value.isBlank();
    }
}
