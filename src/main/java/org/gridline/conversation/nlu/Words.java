package org.gridline.conversation.nlu;

import java.util.List;
import java.util.Optional;

/** Small helpers for "does this message contain / start with one of these words", first listed word winning. */
final class Words {
    private Words() {
    }

    /** The first word of {@code words} (list them longest first) contained in {@code text}. */
    static Optional<String> firstIn(String text, List<String> words) {
        for (String w : words) {
            if (text.contains(w)) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }

    static boolean anyIn(String text, List<String> words) {
        return firstIn(text, words).isPresent();
    }

    static Optional<String> prefixOf(String text, List<String> words) {
        return words.stream().filter(text::startsWith).findFirst();
    }

    /** Letters, digits and CJK ideographs only: strips punctuation, spaces and emoji so "好的！👌" becomes "好的". */
    static String bare(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }
}
