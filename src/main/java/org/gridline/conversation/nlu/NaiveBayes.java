package org.gridline.conversation.nlu;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multinomial naive Bayes over character n-grams with add-alpha smoothing and equal class priors. Chosen because it
 * learns well from a few hundred short texts, trains by counting (milliseconds at start-up, no tuning loop) and
 * scores a message with one hash look-up per n-gram. Its raw scores are far too sure of themselves;
 * {@link CategoryModel} turns them into calibrated probabilities.
 */
final class NaiveBayes {
    private static final double ALPHA = 0.3;

    private final List<String> classes;
    private final Map<String, double[]> logLikelihood = new HashMap<>();

    /** Learns from {@code texts}; texts whose code is not among {@code classes} are ignored. */
    NaiveBayes(List<String> classes, List<TrainingText> texts) {
        this.classes = List.copyOf(classes);
        Map<String, double[]> counts = new HashMap<>();
        double[] totals = new double[classes.size()];
        for (TrainingText t : texts) {
            int c = classes.indexOf(t.code());
            if (c < 0) {
                continue;
            }
            for (String gram : CharNgrams.of(t.text())) {
                counts.computeIfAbsent(gram, g -> new double[classes.size()])[c]++;
                totals[c]++;
            }
        }
        double vocabulary = counts.size();
        counts.forEach((gram, perClass) -> {
            double[] logs = new double[perClass.length];
            for (int c = 0; c < logs.length; c++) {
                logs[c] = Math.log((perClass[c] + ALPHA) / (totals[c] + ALPHA * vocabulary));
            }
            logLikelihood.put(gram, logs);
        });
    }

    List<String> classes() {
        return classes;
    }

    /**
     * Log-likelihood of {@code text} under each class, averaged over its known n-grams so that long and short
     * messages are on one scale; all zeros when no n-gram is known.
     */
    double[] scores(String text) {
        double[] sum = new double[classes.size()];
        int known = 0;
        for (String gram : CharNgrams.of(text)) {
            double[] logs = logLikelihood.get(gram);
            if (logs != null) {
                known++;
                for (int c = 0; c < sum.length; c++) {
                    sum[c] += logs[c];
                }
            }
        }
        for (int c = 0; c < sum.length && known > 0; c++) {
            sum[c] /= known;
        }
        return sum;
    }
}
