package org.gridline.conversation.nlu;

import java.util.List;

/**
 * Turns the model's scores and the phrase scores into one probability per category:
 * {@code p(c) ∝ exp(sharpness · model(c) + phraseWeight · phrases(c))}. Both numbers are fitted at start-up by least
 * log-loss on texts the model did not learn from, so the probabilities mean what they say and the phrases count as
 * much as they actually help, not as much as someone guessed.
 *
 * @param sharpness    how far apart the (averaged) naive Bayes scores are pushed
 * @param phraseWeight how much one point of phrase score (keyword 1, synonym 2) counts
 */
record Calibration(double sharpness, double phraseWeight) {
    private static final double[] SHARPNESS = {1, 1.5, 2, 3, 4, 5, 7, 10, 15, 20, 30};
    private static final double[] PHRASE_WEIGHT = {0, 0.25, 0.5, 0.75, 1, 1.5, 2, 3};

    double[] probabilities(double[] model, int[] phrases) {
        double[] logits = new double[model.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < logits.length; c++) {
            logits[c] = sharpness * model[c] + phraseWeight * phrases[c];
            max = Math.max(max, logits[c]);
        }
        double sum = 0;
        for (int c = 0; c < logits.length; c++) {
            logits[c] = Math.exp(logits[c] - max);
            sum += logits[c];
        }
        for (int c = 0; c < logits.length; c++) {
            logits[c] /= sum;
        }
        return logits;
    }

    /** The grid point with the least log-loss over the held-out texts (scores, phrase scores, true class index). */
    static Calibration fit(List<double[]> model, List<int[]> phrases, List<Integer> truth) {
        Calibration best = new Calibration(SHARPNESS[0], 0);
        double bestLoss = Double.MAX_VALUE;
        for (double s : SHARPNESS) {
            for (double w : PHRASE_WEIGHT) {
                Calibration candidate = new Calibration(s, w);
                double loss = 0;
                for (int i = 0; i < truth.size(); i++) {
                    loss -= Math.log(Math.max(1e-12,
                            candidate.probabilities(model.get(i), phrases.get(i))[truth.get(i)]));
                }
                if (loss < bestLoss) {
                    bestLoss = loss;
                    best = candidate;
                }
            }
        }
        return best;
    }
}
