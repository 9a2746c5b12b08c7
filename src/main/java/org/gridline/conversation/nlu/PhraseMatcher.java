package org.gridline.conversation.nlu;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds known phrases in a message, left to right, the longest phrase winning at each position and matches never
 * overlapping: in "井盖丢了" the synonym "井盖丢了" is found, not the keyword "井盖" as well. Phrases are indexed by
 * their first character, so a scan costs a few comparisons per character whatever the size of the vocabulary.
 *
 * @param <T> what a phrase stands for (a category, an emergency rule …)
 */
public final class PhraseMatcher<T> {
    /** One phrase found at {@code start}. */
    public record Match<T>(String phrase, T value, int start) {
        public int end() {
            return start + phrase.length();
        }
    }

    private final Map<Character, List<Match<T>>> byFirstChar = new HashMap<>();

    /** @param phrases each phrase (already normalised) and what it stands for */
    public PhraseMatcher(Map<String, T> phrases) {
        phrases.forEach((phrase, value) -> {
            if (!phrase.isEmpty()) {
                byFirstChar.computeIfAbsent(phrase.charAt(0), c -> new ArrayList<>())
                        .add(new Match<>(phrase, value, 0));
            }
        });
        byFirstChar.values()
                .forEach(l -> l.sort(Comparator.comparingInt((Match<T> m) -> m.phrase().length()).reversed()));
    }

    /** Every non-overlapping match in {@code text}, in reading order. */
    public List<Match<T>> findAll(String text) {
        List<Match<T>> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            Match<T> m = longestAt(text, i);
            if (m == null) {
                i++;
            } else {
                found.add(m);
                i = m.end();
            }
        }
        return found;
    }

    private Match<T> longestAt(String text, int i) {
        List<Match<T>> candidates = byFirstChar.get(text.charAt(i));
        if (candidates == null) {
            return null;
        }
        for (Match<T> c : candidates) {
            if (text.startsWith(c.phrase(), i)) {
                return new Match<>(c.phrase(), c.value(), i);
            }
        }
        return null;
    }
}
