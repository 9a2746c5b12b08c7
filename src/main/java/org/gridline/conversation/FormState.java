package org.gridline.conversation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One resident's form between messages, stored as JSON in the {@code conversation} row: what was answered, what is
 * being asked, how often it was asked again. Slot values are strings so that every form fits the same engine.
 */
public final class FormState {
    public FormKind kind;
    /** The slot being asked, {@link FormRules#CONFIRM} at the summary, {@link FormRules#DUPLICATE} at a duplicate offer. */
    public String asking;
    /** How many times {@link #asking} was asked again after an answer that did not fit. */
    public int reAsks;
    public Map<String, String> slots = new LinkedHashMap<>();
    public Set<String> skipped = new LinkedHashSet<>();
    /** Photo references attached while the form is open. */
    public List<String> photos = new ArrayList<>();
    /** Category codes offered as a numbered choice, in order. */
    public List<String> choices = new ArrayList<>();

    public static FormState of(FormKind kind) {
        FormState state = new FormState();
        state.kind = kind;
        return state;
    }

    public String get(String slot) {
        return slots.get(slot);
    }

    public boolean has(String slot) {
        return slots.containsKey(slot);
    }

    /** Sets a slot only when it has no value yet: a later sentence does not overwrite an answer by accident. */
    public void offer(String slot, String value) {
        if (value != null && !value.isBlank()) {
            slots.putIfAbsent(slot, value);
        }
    }

    public void put(String slot, String value) {
        if (value != null) {
            slots.put(slot, value);
        }
    }
}
