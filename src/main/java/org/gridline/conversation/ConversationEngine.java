package org.gridline.conversation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.conversation.ConversationStore.Loaded;
import org.gridline.conversation.nlu.Intent;
import org.gridline.report.WorkOrderChat;

/**
 * Decides what a message means in the sender's current state: it answers the open form, resumes or cancels a draft,
 * starts a form, or is answered on the side (查询, volunteer words, a worker's command on a work order, a rating, the
 * menu). A photo right after a worker's 办结 belongs to that order, any other photo starts a report; "1"/"2"/"3" rate a
 * report waiting for its rating before they mean anything else. The form is saved in the same transaction as the reply.
 */
@ApplicationScoped
public class ConversationEngine {
    private final ConversationStore store;
    private final ReportDialogue reports;
    private final RegistrationDialogue registrations;
    private final QueryDialogue queries;
    private final VolunteerChat volunteers;
    private final WorkOrderChat workOrders;

    public ConversationEngine(ConversationStore store, ReportDialogue reports, RegistrationDialogue registrations,
                              QueryDialogue queries, VolunteerChat volunteers, WorkOrderChat workOrders) {
        this.store = store;
        this.reports = reports;
        this.registrations = registrations;
        this.queries = queries;
        this.volunteers = volunteers;
        this.workOrders = workOrders;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance menu(FormKind draft, boolean foreign);

        static native TemplateInstance nothingToResume();
    }

    /** The reply to send for {@code turn}. */
    public Uni<String> handle(Turn turn) {
        return store.load(turn.openid()).chain(loaded -> route(loaded, turn)
                .call(outcome -> store.save(turn.openid(), loaded, outcome))).map(Outcome::text);
    }

    private Uni<Outcome> route(Loaded loaded, Turn turn) {
        if (turn.isText() && turn.text().isBlank()) {
            return aside(menu(loaded, false));
        }
        return loaded.active() ? inForm(loaded.form(), turn) : outsideForm(loaded, turn);
    }

    private <S extends FormSlots> Uni<Outcome> inForm(FormState<S> form, Turn turn) {
        FormDialogue<S> dialogue = dialogueOf(form);
        Intent intent = turn.recognition().intent();
        if (turn.photo() != null) {
            return dialogue.photo(form, turn);
        }
        if (intent == Intent.MY_REPORTS) {
            return queries.answer(turn.openid(), turn.recognition().reference())
                    .map(text -> Outcome.aside(text, dialogue.current(form)));
        }
        if (intent == Intent.VOLUNTEER) {
            return volunteer(turn).map(o -> Outcome.aside(o.text(), dialogue.current(form)));
        }
        if (intent == Intent.WORKER_COMMAND) {
            return workerCommand(turn).map(text -> Outcome.aside(text, dialogue.current(form)));
        }
        return dialogue.answer(form, turn);
    }

    private Uni<Outcome> outsideForm(Loaded loaded, Turn turn) {
        Intent intent = turn.recognition().intent();
        if (loaded.draft() && intent == Intent.RESUME) {
            return Uni.createFrom().item(resume(loaded.form()));
        }
        if (loaded.draft() && intent == Intent.CANCEL) {
            return inDraft(loaded.form(), turn);
        }
        if (turn.photo() != null) {
            return workOrders.photo(turn.openid(), turn.photo())
                    .chain(attached -> attached.isPresent() ? aside(attached.get()) : reports.start(turn));
        }
        if (!turn.isText()) {
            return reports.start(turn);
        }
        return workOrders.digitRating(turn.openid(), turn.text())
                .chain(rated -> rated.isPresent() ? aside(rated.get()) : byIntent(loaded, turn, intent));
    }

    private Uni<Outcome> byIntent(Loaded loaded, Turn turn, Intent intent) {
        return switch (intent) {
            case REPORT -> reports.start(turn);
            case REGISTRATION -> registrations.start(turn);
            case MY_REPORTS -> queries.answer(turn.openid(), turn.recognition().reference()).map(Outcome::aside);
            case VOLUNTEER -> volunteer(turn);
            case RATING -> workOrders.rate(turn.openid(), turn.recognition().verb(), turn.text()).map(Outcome::aside);
            case WORKER_COMMAND -> workerCommand(turn).map(Outcome::aside);
            case RESUME -> aside(render(Templates.nothingToResume()));
            default -> aside(menu(loaded, ChineseText.isForeign(turn.text())));
        };
    }

    private Uni<String> workerCommand(Turn turn) {
        return workOrders.command(turn.openid(), turn.recognition().verb(), turn.recognition().reference(),
                turn.text());
    }

    private Uni<Outcome> volunteer(Turn turn) {
        return volunteers.reply(turn.openid(), turn.recognition().verb(), turn.text()).map(Outcome::aside);
    }

    private <S extends FormSlots> Outcome resume(FormState<S> form) {
        return dialogueOf(form).resume(form);
    }

    private <S extends FormSlots> Uni<Outcome> inDraft(FormState<S> form, Turn turn) {
        return dialogueOf(form).answer(form, turn);
    }

    /** The form's engine, by the kind of its slots. */
    @SuppressWarnings("unchecked")
    private <S extends FormSlots> FormDialogue<S> dialogueOf(FormState<S> form) {
        return (FormDialogue<S>) (form.kind == FormKind.REPORT ? reports : registrations);
    }

    /** The menu; with {@code foreign} (a message in another language) it says first that the service speaks Chinese. */
    private static String menu(Loaded loaded, boolean foreign) {
        return render(Templates.menu(loaded.draft() ? loaded.form().kind : null, foreign));
    }

    private static Uni<Outcome> aside(String text) {
        return Uni.createFrom().item(Outcome.aside(text));
    }

    private static String render(TemplateInstance template) {
        return template.render().strip();
    }
}
