package org.gridline.conversation.nlu;

import org.gridline.report.Category;
import org.gridline.report.CategoryStandard;

import java.util.ArrayList;
import java.util.List;

/**
 * The statistical side of the category classifier: naive Bayes over character n-grams, trained at start-up on the
 * standard's phrases and the shipped resident messages, combined with the phrase scores by a {@link Calibration}
 * fitted on held-out folds of those messages. So "0.8" means roughly "right four times in five on texts it had not
 * seen", which is what the conversation needs to choose between filing under the top category and asking.
 */
final class CategoryModel {
    private static final int FOLDS = 5;

    private final List<String> codes;
    private final NaiveBayes bayes;
    private final Calibration calibration;

    private CategoryModel(List<String> codes, NaiveBayes bayes, Calibration calibration) {
        this.codes = codes;
        this.bayes = bayes;
        this.calibration = calibration;
    }

    static CategoryModel train(CategoryStandard standard, PhraseRanker ranker) {
        List<String> codes = standard.categories().stream().map(Category::code).toList();
        List<TrainingText> phrases = TrainingText.phrases(standard);
        List<TrainingText> messages = TrainingText.messages(standard);
        List<TrainingText> all = new ArrayList<>(phrases);
        all.addAll(messages);
        return new CategoryModel(codes, new NaiveBayes(codes, all), calibrate(codes, phrases, messages, ranker));
    }

    Calibration calibration() {
        return calibration;
    }

    /** The probability of each category of the standard (in its order), given the phrase classification too. */
    double[] probabilities(String text, Classification byPhrases) {
        return calibration.probabilities(bayes.scores(text), phraseScores(byPhrases));
    }

    private int[] phraseScores(Classification byPhrases) {
        int[] scores = new int[codes.size()];
        byPhrases.candidates().forEach(c -> scores[codes.indexOf(c.category().code())] += c.score());
        return scores;
    }

    /**
     * Fits the calibration on messages left out of training, fold by fold (the standard's phrases always stay in:
     * they are short and not what residents send).
     */
    private static Calibration calibrate(List<String> codes, List<TrainingText> phrases, List<TrainingText> messages,
                                         PhraseRanker ranker) {
        List<double[]> scores = new ArrayList<>();
        List<int[]> phraseScores = new ArrayList<>();
        List<Integer> truth = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            List<TrainingText> train = new ArrayList<>(phrases);
            List<TrainingText> held = new ArrayList<>();
            for (int i = 0; i < messages.size(); i++) {
                (i % FOLDS == fold ? held : train).add(messages.get(i));
            }
            CategoryModel partial = new CategoryModel(codes, new NaiveBayes(codes, train), null);
            for (TrainingText t : held) {
                scores.add(partial.bayes.scores(t.text()));
                phraseScores.add(partial.phraseScores(ranker.rank(t.text())));
                truth.add(codes.indexOf(t.code()));
            }
        }
        return Calibration.fit(scores, phraseScores, truth);
    }
}
