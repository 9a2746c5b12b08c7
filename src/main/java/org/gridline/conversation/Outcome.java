package org.gridline.conversation;

import java.util.ArrayList;
import java.util.List;

/**
 * What the conversation made of a message: the reply (parts sent as one chat message, in order) and the form
 * afterwards: still open, closed as a draft, gone (null: filed or cancelled), or left as it was ({@code aside}: a
 * question answered on the side, such as 查询 in the middle of a form).
 */
public record Outcome(List<String> replies, FormState<?> form, boolean draft, boolean aside) {
    public Outcome {
        replies = List.copyOf(replies);
    }

    public static Outcome done(String... replies) {
        return new Outcome(List.of(replies), null, false, false);
    }

    public static Outcome open(FormState<?> form, String... replies) {
        return new Outcome(List.of(replies), form, false, false);
    }

    public static Outcome draft(FormState<?> form, String... replies) {
        return new Outcome(List.of(replies), form, true, false);
    }

    public static Outcome aside(String... replies) {
        return new Outcome(List.of(replies), null, false, true);
    }

    /** The same outcome with {@code first} said before everything else. */
    public Outcome prefixed(String first) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(replies);
        return new Outcome(all, form, draft, aside);
    }

    public String text() {
        return String.join("\n\n", replies);
    }
}
