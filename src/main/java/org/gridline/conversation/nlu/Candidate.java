package org.gridline.conversation.nlu;

import org.gridline.report.Category;

import java.util.List;

/**
 * A category the classifier considers, with the evidence: the phrases found and their summed weight, and what the
 * statistical model thinks of it.
 *
 * @param category      the category
 * @param score         keyword 1, synonym 2, emergency phrase 3, summed
 * @param phrases       the phrases found, in reading order
 * @param phraseMatched whether a synonym or emergency phrase was among them: the message says what is wrong, not just
 *                      what it is about
 * @param probability   the model's calibrated probability that this is the category (0 when the model was not asked)
 */
public record Candidate(Category category, int score, List<String> phrases, boolean phraseMatched, double probability) {
    public Candidate {
        phrases = List.copyOf(phrases);
    }

    /** The same evidence with the model's probability attached. */
    Candidate withProbability(double p) {
        return new Candidate(category, score, phrases, phraseMatched, p);
    }

    /** Short form for logs and test messages: {@code ENV 3 [垃圾, 好臭] 0.91}. */
    @Override
    public String toString() {
        return category.code() + " " + score + " " + phrases + String.format(" %.2f", probability);
    }
}
