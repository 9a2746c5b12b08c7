package org.gridline.conversation;

import java.util.List;
import java.util.Optional;

/**
 * The rules every form follows, whatever it asks: the next question is the first slot neither answered nor skipped,
 * then the summary; only optional slots may be skipped; a correction names its slot (改地址) or means the one being
 * asked; an answer that does not fit is asked again at most {@code maxReAsks} times, then the form offers a way out.
 */
public final class FormRules {
    /** Pseudo-slot: the summary is shown and waits for 确认. */
    public static final String CONFIRM = "confirm";
    /** Pseudo-slot: a probable duplicate was offered to follow (关注). */
    public static final String DUPLICATE = "duplicate";

    /**
     * One question of a form.
     *
     * @param words    what a correction says to mean this slot ("地址" in 改地址)
     * @param auxKeys  further slot keys that belong to this answer and go with it on a correction
     */
    public record SlotDef(String name, boolean optional, List<String> words, List<String> auxKeys) {
    }

    /** A form: its slots in the order they are asked. */
    public record FormSpec(FormKind kind, List<SlotDef> slots) {
        public Optional<SlotDef> slot(String name) {
            return slots.stream().filter(s -> s.name().equals(name)).findFirst();
        }
    }

    private final int maxReAsks;

    public FormRules(int maxReAsks) {
        this.maxReAsks = maxReAsks;
    }

    /** The first slot neither answered nor skipped, else {@link #CONFIRM}. */
    public String next(FormSpec spec, FormState state) {
        return spec.slots().stream().map(SlotDef::name)
                .filter(name -> !state.has(name) && !state.skipped.contains(name))
                .findFirst().orElse(CONFIRM);
    }

    /** Moves the form to {@code step}; asking a new question starts its re-ask count afresh. */
    public void ask(FormState state, String step) {
        if (!step.equals(state.asking)) {
            state.asking = step;
            state.reAsks = 0;
        }
    }

    /** Counts an answer that did not fit; false when the question was asked again often enough: offer a way out. */
    public boolean mayAskAgain(FormState state) {
        state.reAsks++;
        return state.reAsks <= maxReAsks;
    }

    /** 跳过: allowed for the optional slot being asked. */
    public boolean skip(FormSpec spec, FormState state) {
        boolean optional = spec.slot(state.asking).map(SlotDef::optional).orElse(false);
        if (optional) {
            state.skipped.add(state.asking);
        }
        return optional;
    }

    /** The slot a correction ("改地址", "电话写错了", "重新说") means: the one it names, else the one being asked, else the first. */
    public String correctionTarget(FormSpec spec, FormState state, String text) {
        String said = text == null ? "" : text;
        return spec.slots().stream().filter(s -> s.words().stream().anyMatch(said::contains)).findFirst()
                .or(() -> spec.slot(state.asking))
                .orElse(spec.slots().get(0)).name();
    }

    /** Forgets the answer to {@code slot} (and its auxiliary keys) so that it is asked again. */
    public void clear(FormSpec spec, FormState state, String slot) {
        state.slots.remove(slot);
        state.skipped.remove(slot);
        spec.slot(slot).ifPresent(def -> def.auxKeys().forEach(state.slots::remove));
    }
}
