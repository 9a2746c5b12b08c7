package org.gridline.conversation;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The rules every form follows, whatever it asks: the next question is the first slot neither answered nor skipped,
 * then the summary; only optional slots may be skipped; a correction names its slot (改地址) or means the one being
 * asked; an answer that does not fit is asked again at most {@code maxReAsks} times, then the form offers a way out;
 * a form left alone longer than the inactivity timeout becomes a draft.
 */
public final class FormRules {
    /** Pseudo-slot: the summary is shown and waits for 确认. */
    public static final String CONFIRM = "confirm";
    /** Pseudo-slot: a probable duplicate was offered to follow (关注). */
    public static final String DUPLICATE = "duplicate";

    /**
     * One question of a form over its slots {@code S}.
     *
     * @param words    what a correction says to mean this slot ("地址" in 改地址)
     * @param answered whether the slots hold an answer to it
     * @param clear    the slots without this answer (and what belongs to it), so that it is asked again
     */
    public record Slot<S>(String name, boolean optional, List<String> words, Predicate<S> answered,
                          UnaryOperator<S> clear) {
    }

    /** A form: its slots in the order they are asked. */
    public record FormSpec<S>(FormKind kind, List<Slot<S>> slots) {
        public Optional<Slot<S>> slot(String name) {
            return slots.stream().filter(s -> s.name().equals(name)).findFirst();
        }

        /** Whether {@code name} is a slot of this form and answered. */
        public boolean answered(S values, String name) {
            return slot(name).map(s -> s.answered().test(values)).orElse(false);
        }
    }

    private final int maxReAsks;
    private final Duration timeout;

    public FormRules(int maxReAsks, Duration timeout) {
        this.maxReAsks = maxReAsks;
        this.timeout = timeout;
    }

    /** The first slot neither answered nor skipped, else {@link #CONFIRM}. */
    public <S extends FormSlots> String next(FormSpec<S> spec, FormState<S> state) {
        return spec.slots().stream()
                .filter(slot -> !slot.answered().test(state.slots) && !state.skipped.contains(slot.name()))
                .map(Slot::name).findFirst().orElse(CONFIRM);
    }

    /** Moves the form to {@code step}; asking a new question starts its re-ask count afresh. */
    public void ask(FormState<?> state, String step) {
        if (!step.equals(state.asking)) {
            state.asking = step;
            state.reAsks = 0;
        }
    }

    /** Counts an answer that did not fit; false when the question was asked again often enough: offer a way out. */
    public boolean mayAskAgain(FormState<?> state) {
        state.reAsks++;
        return state.reAsks <= maxReAsks;
    }

    /** 跳过: allowed for the optional slot being asked. */
    public <S extends FormSlots> boolean skip(FormSpec<S> spec, FormState<S> state) {
        boolean optional = spec.slot(state.asking).map(Slot::optional).orElse(false);
        if (optional) {
            state.skipped.add(state.asking);
        }
        return optional;
    }

    /**
     * The slot a correction ("改地址", "电话写错了", "重新说") means: the one it names, else the one being asked, else the first.
     */
    public <S extends FormSlots> String correctionTarget(FormSpec<S> spec, FormState<S> state, String text) {
        String said = text == null ? "" : text;
        return spec.slots().stream().filter(s -> s.words().stream().anyMatch(said::contains)).findFirst()
                .or(() -> spec.slot(state.asking))
                .orElse(spec.slots().get(0)).name();
    }

    /** Forgets the answer to {@code slot} (and what belongs to it) so that it is asked again. */
    public <S extends FormSlots> void clear(FormSpec<S> spec, FormState<S> state, String slot) {
        state.skipped.remove(slot);
        spec.slot(slot).ifPresent(def -> state.update(def.clear()));
    }

    /** Whether a form last touched at {@code updatedAt} has waited longer than the inactivity timeout. */
    public boolean expired(OffsetDateTime updatedAt, OffsetDateTime now) {
        return updatedAt.plus(timeout).isBefore(now);
    }
}
