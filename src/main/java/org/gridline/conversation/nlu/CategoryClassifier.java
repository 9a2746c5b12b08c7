package org.gridline.conversation.nlu;

import org.gridline.report.Category;
import org.gridline.report.CategoryStandard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Picks the category of a message already judged to be a report. The operators' phrases decide when they are clearly
 * ahead (they are explainable and editable); otherwise the character n-gram model trained on the same phrases plus
 * hand-written resident messages decides, because phrase lists miss most new wordings. {@code confident} is true only
 * when the phrases are clearly ahead or the model's calibrated probability reaches {@link #CONFIDENT_PROBABILITY}; the
 * conversation asks a numbered choice otherwise.
 */
public final class CategoryClassifier {
    static final int KEYWORD = 1;
    static final int SYNONYM = 2;
    static final int EMERGENCY = 3;
    /** Calibrated probability from which the model's top category is filed without asking. */
    static final double CONFIDENT_PROBABILITY = 0.7;
    /** Categories below this probability and without any phrase are not offered as choices. */
    private static final double OFFERED_PROBABILITY = 0.05;

    private final CategoryStandard standard;
    private final PhraseRanker phrases;
    private final CategoryModel model;

    public CategoryClassifier(CategoryStandard standard) {
        this.standard = standard;
        this.phrases = new PhraseRanker(standard);
        this.model = CategoryModel.train(standard, phrases);
    }

    /** The phrase evidence alone: what the report/no-report decision may rely on. */
    public Classification byPhrases(String text) {
        return phrases.rank(text);
    }

    /**
     * The candidates for {@code text}, best first. On equal phrase scores the category mentioned first wins: residents
     * name the subject first ("共享单车把盲道堵了").
     */
    public Classification classify(String text) {
        Classification ruled = phrases.rank(text);
        double[] p = model.probabilities(text, ruled);
        if (ruled.confident()) {
            List<Candidate> ranked = ruled.candidates().stream().map(c -> c.withProbability(p[index(c)])).toList();
            return new Classification(ranked, true);
        }
        List<Candidate> ranked = new ArrayList<>();
        List<Category> categories = standard.categories();
        for (int i = 0; i < categories.size(); i++) {
            Candidate evidence = evidenceFor(ruled, categories.get(i));
            if (evidence.score() > 0 || p[i] >= OFFERED_PROBABILITY) {
                ranked.add(evidence.withProbability(p[i]));
            }
        }
        ranked.sort(Comparator.comparingDouble(Candidate::probability).reversed());
        return new Classification(ranked, ranked.get(0).probability() >= CONFIDENT_PROBABILITY && !twoProblems(ruled));
    }

    /** Two categories each named with a synonym ("灯坏了，还有人在楼道充电"): the resident should choose. */
    private static boolean twoProblems(Classification ruled) {
        return ruled.candidates().stream().filter(Candidate::phraseMatched).count() >= 2;
    }

    private int index(Candidate c) {
        return standard.categories().indexOf(c.category());
    }

    private static Candidate evidenceFor(Classification ruled, Category category) {
        return ruled.candidates().stream().filter(c -> c.category().equals(category)).findFirst()
                .orElseGet(() -> new Candidate(category, 0, List.of(), false, 0));
    }
}
