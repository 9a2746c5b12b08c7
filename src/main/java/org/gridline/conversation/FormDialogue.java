package org.gridline.conversation;

import io.smallrye.mutiny.Uni;
import org.gridline.conversation.FormRules.FormSpec;
import org.gridline.conversation.nlu.Intent;

/**
 * The form engine, one for every form: 取消, 改地址/重新说, 跳过, the summary and 确认, asking again at most twice and
 * then a way out (a greeting such as 你好 is answered and the question repeated, without counting as an unclear answer),
 * 继续 after a break. A form (a subclass, read top-down in one file) supplies its typed slots {@code S}, how a message
 * fills them, its questions, its summary and what confirming does.
 */
public abstract class FormDialogue<S extends FormSlots> {
    protected final FormRules rules;
    protected final FormReplies texts;

    protected FormDialogue(FormRules rules, FormReplies texts) {
        this.rules = rules;
        this.texts = texts;
    }

    public abstract FormSpec<S> spec();

    /** Starts the form with what the first message already says. */
    public abstract Uni<Outcome> start(Turn turn);

    /**
     * Fills what {@code turn} says into the form without overwriting answers. With {@code asked}, the whole text may
     * answer the slot being asked ("张三" for the name); otherwise only what is recognisable on its own counts.
     */
    protected abstract Uni<Void> fill(FormState<S> form, Turn turn, boolean asked);

    /** The question for {@code slot}. */
    protected abstract String question(FormState<S> form, String slot);

    protected abstract String summary(FormState<S> form);

    /** Files the confirmed form. */
    protected abstract Uni<Outcome> submit(FormState<S> form, Turn turn);

    /** After too many answers that did not fit: a default, a skip, or a pause; never a fourth identical question. */
    protected abstract Uni<Outcome> wayOut(FormState<S> form, String slot);

    /** Just before the summary (a form may offer something else instead). */
    protected Uni<Outcome> beforeSummary(FormState<S> form) {
        rules.ask(form, FormRules.CONFIRM);
        return open(form, summary(form));
    }

    /** A photo sent while the form is open; forms without photos just repeat their question. */
    public Uni<Outcome> photo(FormState<S> form, Turn turn) {
        return open(form, current(form));
    }

    /** 继续: the draft becomes active again at the question it stopped at. */
    public Outcome resume(FormState<S> form) {
        return Outcome.open(form, texts.resumed(form.kind), current(form));
    }

    /** A message while the form is open. */
    public Uni<Outcome> answer(FormState<S> form, Turn turn) {
        Intent intent = turn.recognition().intent();
        boolean atSummary = FormRules.CONFIRM.equals(form.asking);
        if (intent == Intent.CANCEL) {
            return Uni.createFrom().item(Outcome.done(texts.cancelled(form.kind)));
        }
        if (intent == Intent.CORRECT) {
            return correct(form, turn);
        }
        if (intent == Intent.SKIP && !atSummary) {
            return rules.skip(spec(), form) ? progress(form) : open(form, texts.cannotSkip(), current(form));
        }
        if (atSummary) {
            return intent == Intent.CONFIRM ? submit(form, turn) : changeAtSummary(form, turn);
        }
        return fillAsked(form, turn);
    }

    /** Moves on to the next question, or to the summary when everything is there. */
    protected Uni<Outcome> progress(FormState<S> form) {
        String next = rules.next(spec(), form);
        if (FormRules.CONFIRM.equals(next)) {
            return beforeSummary(form);
        }
        rules.ask(form, next);
        return open(form, question(form, next));
    }

    /** The question (or summary) the form is at now. */
    public String current(FormState<S> form) {
        return FormRules.CONFIRM.equals(form.asking) ? summary(form) : question(form, form.asking);
    }

    private Uni<Outcome> correct(FormState<S> form, Turn turn) {
        String target = rules.correctionTarget(spec(), form, turn.text());
        rules.clear(spec(), form, target);
        rules.ask(form, target);
        return fill(form, turn, false).chain(() -> spec().answered(form.slots, target) ? progress(form)
                : open(form, texts.correcting(), question(form, target)));
    }

    private Uni<Outcome> changeAtSummary(FormState<S> form, Turn turn) {
        S before = form.slots;
        return fill(form, turn, false).chain(() -> {
            if (!before.equals(form.slots)) {
                return progress(form);
            }
            if (turn.recognition().intent() == Intent.HELP) {
                return open(form, texts.greeted(form.kind), summary(form));
            }
            return rules.mayAskAgain(form) ? open(form, texts.confirmHelp(), summary(form))
                    : wayOut(form, FormRules.CONFIRM);
        });
    }

    private Uni<Outcome> fillAsked(FormState<S> form, Turn turn) {
        String asked = form.asking;
        S before = form.slots;
        return fill(form, turn, true).chain(() -> {
            if (asked == null || spec().answered(form.slots, asked) || !before.equals(form.slots)) {
                return progress(form);
            }
            if (turn.recognition().intent() == Intent.HELP) {
                return open(form, texts.greeted(form.kind), question(form, asked));
            }
            return rules.mayAskAgain(form) ? open(form, texts.notUnderstood(), question(form, asked))
                    : wayOut(form, asked);
        });
    }

    protected static Uni<Outcome> open(FormState<?> form, String... replies) {
        return Uni.createFrom().item(Outcome.open(form, replies));
    }
}
