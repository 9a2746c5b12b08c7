package org.gridline.conversation.nlu;

import java.util.List;

/**
 * A category the classifier considers, with the evidence: the phrases found and their summed weight.
 *
 * @param category the category
 * @param score    keyword 1, synonym 2, emergency phrase 3, summed
 * @param phrases  the phrases found, in reading order
 * @param phraseMatched whether a synonym or emergency phrase was among them: the message says what is wrong, not just
 *                      what it is about
 */
public record Candidate(Category category, int score, List<String> phrases, boolean phraseMatched) {
    public Candidate {
        phrases = List.copyOf(phrases);
    }

    /** Short form for logs and test messages: {@code ENV 3 [垃圾, 好臭]}. */
    @Override
    public String toString() {
        return category.code() + " " + score + " " + phrases;
    }
}
