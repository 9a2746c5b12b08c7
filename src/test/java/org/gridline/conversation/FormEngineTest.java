package org.gridline.conversation;

import io.smallrye.mutiny.Uni;
import org.gridline.conversation.FormRules.FormSpec;
import org.gridline.conversation.FormRules.Slot;
import org.gridline.conversation.nlu.Intent;
import org.gridline.conversation.nlu.Recognition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The form engine on a two-slot form (a name, then an optional phone): ask, ask again, way out, greeting, skip,
 * correct, the summary and confirm, cancel. One row per state and message: the replies in order and where the form is.
 */
class FormEngineTest {
    /** The test form's slots. */
    record Card(String name, String phone) implements FormSlots {
    }

    @ParameterizedTest(name = "[{index}] at {2} ({0}/{1}, re-asked {3}): {4} {5}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // ask: an answer that fits moves on to the next question
            "-    | -           | name    | 0 | 张三         | UNKNOWN | Q:phone                   | open phone",
            // a sentence may fill more than the slot asked, and the form moves to what is still missing
            "-    | -           | name    | 0 | 张三 13800138000 | UNKNOWN | S:张三/13800138000  | open confirm",
            // re-ask: an answer that does not fit is asked again twice, then the way out
            "-    | -           | name    | 0 | 嗯嗯嗯嗯嗯    | UNKNOWN | not understood;Q:name     | open name",
            "-    | -           | name    | 1 | 嗯嗯嗯嗯嗯    | UNKNOWN | not understood;Q:name     | open name",
            "-    | -           | name    | 2 | 嗯嗯嗯嗯嗯    | UNKNOWN | paused                    | draft name",
            // a greeting is answered and the question repeated, without counting as an unclear answer
            "-    | -           | name    | 2 | hi           | HELP    | greeted;Q:name            | open name",
            // skip: only an optional slot
            "张三 | -           | phone   | 0 | 跳过         | SKIP    | S:张三/null               | open confirm",
            "-    | -           | name    | 0 | 跳过         | SKIP    | cannot skip;Q:name        | open name",
            // correct: the slot the correction names (or the one asked), with a new value in the same message
            "张三 | 13800138000 | confirm | 0 | 改名字        | CORRECT | correcting;Q:name         | open name",
            "张三 | 13800138000 | confirm | 0 | 电话改成13900139000 | CORRECT | S:张三/13900139000 | open confirm",
            "张三 | -           | phone   | 0 | 重新说        | CORRECT | correcting;Q:phone        | open phone",
            // summary: a new answer there goes into the form and the summary is shown again
            "张三 | -           | confirm | 0 | 13900139000  | UNKNOWN | S:张三/13900139000        | open confirm",
            "张三 | 13800138000 | confirm | 0 | 13900139000  | UNKNOWN | confirm help;S:张三/13800138000 | open confirm",
            "张三 | 13800138000 | confirm | 2 | 什么意思      | UNKNOWN | paused                    | draft confirm",
            // confirm files the form; cancel ends it anywhere
            "张三 | 13800138000 | confirm | 0 | 确认         | CONFIRM | filed 张三                | done -",
            "张三 | -           | phone   | 0 | 算了         | CANCEL  | cancelled REGISTRATION    | done -"})
    void aMessageMovesTheFormAsTheEngineSays(String name, String phone, String asking, int reAsks, String text,
                                             Intent intent, String replies, String after) {
        FormState<Card> form = FormState.of(FormKind.REGISTRATION, new Card(name, phone));
        form.asking = asking;
        form.reAsks = reAsks;
        Turn turn = new Turn("o_engine", text, Recognition.of(intent), null, null, null, Instant.now());

        Outcome outcome = new CardForm().answer(form, turn).await().indefinitely();

        assertEquals(List.of(replies.split(";")), outcome.replies());
        String[] where = after.split(" ");
        assertEquals(where[0], outcome.form() == null ? "done" : outcome.draft() ? "draft" : "open");
        if (outcome.form() != null) {
            assertEquals(where[1], outcome.form().asking);
        }
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {"-, -, name", "张三, -, phone", "张三, 13800138000, confirm"})
    void startAsksTheFirstSlotNotAnswered(String name, String phone, String asking) {
        String said = (name == null ? "" : name) + (phone == null ? "" : " " + phone);
        Turn turn = new Turn("o_engine", said, Recognition.of(Intent.REGISTRATION), null, null, null, Instant.now());
        Outcome outcome = new CardForm().start(turn).await().indefinitely();
        assertEquals(asking, outcome.form().asking);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {"name, Q:name", "confirm, S:张三/null"})
    void resumeSaysWhereTheFormStoppedAndAsksIt(String asking, String question) {
        FormState<Card> form = FormState.of(FormKind.REGISTRATION, new Card("张三", null));
        form.asking = asking;
        assertEquals(List.of("resumed REGISTRATION", question), new CardForm().resume(form).replies());
    }

    /** A form of a name (2 to 4 Han characters, only as the answer to its question) and an optional 11-digit phone. */
    static final class CardForm extends FormDialogue<Card> {
        static final FormSpec<Card> SPEC = new FormSpec<>(FormKind.REGISTRATION, List.of(
                new Slot<>("name", false, List.of("名字"), c -> c.name() != null, c -> new Card(null, c.phone())),
                new Slot<>("phone", true, List.of("电话"), c -> c.phone() != null, c -> new Card(c.name(), null))));

        CardForm() {
            super(new FormRules(2, Duration.ofMinutes(30)), new Texts());
        }

        @Override
        public FormSpec<Card> spec() {
            return SPEC;
        }

        @Override
        public Uni<Outcome> start(Turn turn) {
            FormState<Card> form = FormState.of(FormKind.REGISTRATION, new Card(null, null));
            form.asking = "name";
            return fill(form, turn, true).chain(() -> progress(form));
        }

        @Override
        protected Uni<Void> fill(FormState<Card> form, Turn turn, boolean asked) {
            var phone = java.util.regex.Pattern.compile("1\\d{10}").matcher(turn.text());
            if (phone.find() && FormState.fills(form.slots.phone(), phone.group())) {
                form.update(c -> new Card(c.name(), phone.group()));
            }
            String words = turn.text().split(" ")[0];
            if (asked && "name".equals(form.asking) && words.matches("\\p{IsHan}{2,4}")
                    && !words.chars().allMatch(ch -> ch == '嗯') && FormState.fills(form.slots.name(), words)) {
                form.update(c -> new Card(words, c.phone()));
            }
            return Uni.createFrom().voidItem();
        }

        @Override
        protected String question(FormState<Card> form, String slot) {
            return "Q:" + slot;
        }

        @Override
        protected String summary(FormState<Card> form) {
            return "S:" + form.slots.name() + "/" + form.slots.phone();
        }

        @Override
        protected Uni<Outcome> submit(FormState<Card> form, Turn turn) {
            return Uni.createFrom().item(Outcome.done("filed " + form.slots.name()));
        }

        @Override
        protected Uni<Outcome> wayOut(FormState<Card> form, String slot) {
            return Uni.createFrom().item(Outcome.draft(form, "paused"));
        }
    }

    /** The engine's own texts, named so that a row can say which one it expects. */
    static final class Texts implements FormReplies {
        public String cancelled(FormKind kind) {
            return "cancelled " + kind;
        }

        public String cannotSkip() {
            return "cannot skip";
        }

        public String notUnderstood() {
            return "not understood";
        }

        public String greeted(FormKind kind) {
            return "greeted";
        }

        public String resumed(FormKind kind) {
            return "resumed " + kind;
        }

        public String confirmHelp() {
            return "confirm help";
        }

        public String correcting() {
            return "correcting";
        }
    }
}
