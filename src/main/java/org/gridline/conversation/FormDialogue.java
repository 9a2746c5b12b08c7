package org.gridline.conversation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import org.gridline.conversation.FormRules.FormSpec;
import org.gridline.conversation.nlu.Intent;

import java.util.HashMap;

/**
 * The engine's half of every form: 取消, 改地址/重新说, 跳过, the summary and 确认, asking again at most twice and then a
 * way out (a greeting such as 你好 is answered and the question repeated, without counting as an unclear answer), 继续
 * after a break. A form supplies its slots, how a message fills them, its questions and what submitting
 * does.
 */
public abstract class FormDialogue {
    protected final FormRules rules;

    protected FormDialogue(FormRules rules) {
        this.rules = rules;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance cancelled(FormKind kind);

        static native TemplateInstance cannotSkip();

        static native TemplateInstance notUnderstood();

        static native TemplateInstance greeted(FormKind kind);

        static native TemplateInstance resumed(FormKind kind);

        static native TemplateInstance confirmHelp();

        static native TemplateInstance correcting();
    }

    public abstract FormSpec spec();

    /** Starts the form with what the first message already says. */
    public abstract Uni<Outcome> start(Turn turn);

    /**
     * Fills what {@code turn} says into the form without overwriting answers. With {@code asked}, the whole text may
     * answer the slot being asked ("张三" for the name); otherwise only what is recognisable on its own counts.
     */
    protected abstract Uni<Void> fill(FormState form, Turn turn, boolean asked);

    /** The question for {@code slot}. */
    protected abstract String question(FormState form, String slot);

    protected abstract String summary(FormState form);

    /** Files the confirmed form. */
    protected abstract Uni<Outcome> submit(FormState form, Turn turn);

    /** After too many answers that did not fit: a default, a skip, or a pause; never a fourth identical question. */
    protected abstract Uni<Outcome> wayOut(FormState form, String slot);

    /** Just before the summary (a form may offer something else instead, such as following a duplicate). */
    protected Uni<Outcome> beforeSummary(FormState form) {
        rules.ask(form, FormRules.CONFIRM);
        return Uni.createFrom().item(Outcome.open(form, summary(form)));
    }

    /** A photo sent while the form is open; forms without photos just repeat their question. */
    public Uni<Outcome> photo(FormState form, Turn turn) {
        return Uni.createFrom().item(Outcome.open(form, current(form)));
    }

    /** 继续: the draft becomes active again at the question it stopped at. */
    public Outcome resume(FormState form) {
        return Outcome.open(form, Templates.resumed(form.kind).render().strip(), current(form));
    }

    /** A message while the form is open. */
    public Uni<Outcome> answer(FormState form, Turn turn) {
        Intent intent = turn.recognition().intent();
        if (intent == Intent.CANCEL) {
            return Uni.createFrom().item(Outcome.done(Templates.cancelled(form.kind).render().strip()));
        }
        if (intent == Intent.CORRECT) {
            return correct(form, turn);
        }
        if (intent == Intent.SKIP && !FormRules.CONFIRM.equals(form.asking)) {
            return rules.skip(spec(), form) ? progress(form)
                    : Uni.createFrom().item(Outcome.open(form, render(Templates.cannotSkip()), current(form)));
        }
        if (FormRules.CONFIRM.equals(form.asking)) {
            return intent == Intent.CONFIRM ? submit(form, turn) : changeAtSummary(form, turn);
        }
        return fillAsked(form, turn);
    }

    /** Moves on to the next question, or to the summary when everything is there. */
    protected Uni<Outcome> progress(FormState form) {
        String next = rules.next(spec(), form);
        if (FormRules.CONFIRM.equals(next)) {
            return beforeSummary(form);
        }
        rules.ask(form, next);
        return Uni.createFrom().item(Outcome.open(form, question(form, next)));
    }

    /** The question (or summary) the form is at now. */
    public String current(FormState form) {
        return FormRules.CONFIRM.equals(form.asking) ? summary(form) : question(form, form.asking);
    }

    private Uni<Outcome> correct(FormState form, Turn turn) {
        String target = rules.correctionTarget(spec(), form, turn.text());
        rules.clear(spec(), form, target);
        rules.ask(form, target);
        return fill(form, turn, false).chain(() -> form.has(target) ? progress(form)
                : Uni.createFrom().item(Outcome.open(form, render(Templates.correcting()), question(form, target))));
    }

    private Uni<Outcome> changeAtSummary(FormState form, Turn turn) {
        var before = new HashMap<>(form.slots);
        return fill(form, turn, false).chain(() -> {
            if (!before.equals(form.slots)) {
                return progress(form);
            }
            if (turn.recognition().intent() == Intent.HELP) {
                return Uni.createFrom().item(Outcome.open(form, render(Templates.greeted(form.kind)), summary(form)));
            }
            return rules.mayAskAgain(form)
                    ? Uni.createFrom().item(Outcome.open(form, render(Templates.confirmHelp()), summary(form)))
                    : wayOut(form, FormRules.CONFIRM);
        });
    }

    private Uni<Outcome> fillAsked(FormState form, Turn turn) {
        String asked = form.asking;
        var before = new HashMap<>(form.slots);
        return fill(form, turn, true).chain(() -> {
            if (asked == null || form.has(asked) || !before.equals(form.slots)) {
                return progress(form);
            }
            if (turn.recognition().intent() == Intent.HELP) {
                return Uni.createFrom().item(Outcome.open(form, render(Templates.greeted(form.kind)), question(form, asked)));
            }
            return rules.mayAskAgain(form)
                    ? Uni.createFrom().item(Outcome.open(form, render(Templates.notUnderstood()), question(form, asked)))
                    : wayOut(form, asked);
        });
    }

    protected static String render(TemplateInstance template) {
        return template.render().strip();
    }
}
