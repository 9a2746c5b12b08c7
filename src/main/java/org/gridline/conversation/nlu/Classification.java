package org.gridline.conversation.nlu;

import java.util.List;

/**
 * The classifier's answer. When {@code confident} the conversation files the report under {@link #top()}; otherwise
 * it shows the candidates as a numbered choice ("1 环境卫生 2 市政设施 …") and lets the resident pick.
 *
 * @param candidates best first; never empty (the catch-all 其他 with score 0 when nothing matched)
 * @param confident  the top candidate is clearly ahead of the others
 */
public record Classification(List<Candidate> candidates, boolean confident) {
    public Classification {
        candidates = List.copyOf(candidates);
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("a classification has at least one candidate");
        }
    }

    public Candidate top() {
        return candidates.get(0);
    }

    /** Whether any phrase of the standard was found at all. */
    public boolean matchedAnything() {
        return top().score() > 0;
    }
}
