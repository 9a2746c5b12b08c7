package org.gridline.conversation.nlu;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Measures the rules on messages written like residents write them. {@code corpus.tsv} was used while building the
 * vocabulary; {@code corpus-holdout.tsv} was written after the vocabulary was frozen and shows what to expect on new
 * messages; {@code corpus-holdout2.tsv} was committed before the statistical model existed.
 * <p>
 * Targets (issue 6): ≥ 95% category accuracy and no false report, asserted on all labelled messages together (the
 * last row). Per file: the dev set was tuned on (so its figure flatters); the first holdout meets 90%; the second
 * measured 87.0% when the model landed, so its row is a regression floor at that level: the figure to raise next.
 */
class CorpusAccuracyTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({"corpus.tsv, 180, 0.95", "corpus-holdout.tsv, 40, 0.90", "corpus-holdout2.tsv, 80, 0.86",
            "corpus.tsv + corpus-holdout.tsv + corpus-holdout2.tsv, 400, 0.95"})
    void meetsTheAccuracyTargets(String file, int minimumRows, double minimumCategoryAccuracy) {
        LabelledCorpus corpus = LabelledCorpus.load(file);
        List<String> intentMisses = new ArrayList<>();
        List<String> categoryMisses = new ArrayList<>();
        List<String> falseReports = new ArrayList<>();
        int reports = 0;
        for (LabelledCorpus.Row row : corpus.rows()) {
            Intent intent = NluFixtures.INTENTS.recognize(row.text()).intent();
            if (intent != row.intent()) {
                intentMisses.add(row.intent() + " → " + intent + "  " + row.text());
            }
            if (intent == Intent.REPORT && !row.isReport()) {
                falseReports.add(row.text());
            }
            if (row.isReport()) {
                reports++;
                Classification c = NluFixtures.CLASSIFIER.classify(row.text());
                if (!c.top().category().code().equals(row.category())) {
                    categoryMisses.add(row.category() + " → " + c.candidates() + "  " + row.text());
                }
            }
        }
        double intentAccuracy = 1 - (double) intentMisses.size() / corpus.rows().size();
        double categoryAccuracy = 1 - (double) categoryMisses.size() / reports;
        System.out.printf("%n== %s: %d messages (%d reports, %d non-reports)%n", file, corpus.rows().size(), reports,
                corpus.rows().size() - reports);
        System.out.printf("intent accuracy   %.1f%% (%d misses)%n", 100 * intentAccuracy, intentMisses.size());
        System.out.printf("category accuracy %.1f%% (%d misses)%n", 100 * categoryAccuracy, categoryMisses.size());
        intentMisses.forEach(m -> System.out.println("  intent   " + m));
        categoryMisses.forEach(m -> System.out.println("  category " + m));

        assertTrue(corpus.rows().size() >= minimumRows, file + " is too small");
        assertEquals(List.of(), falseReports, "non-report messages recognised as REPORT");
        assertTrue(categoryAccuracy >= minimumCategoryAccuracy, file + " category accuracy " + categoryAccuracy);
    }
}
