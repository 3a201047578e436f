package dev.neurona.nn;

import java.util.List;

/**
 * A regression network's result on test data: MSE (the loss), MAE in the target's units, the MAE of
 * always predicting the training mean (the baseline to beat) and every (actual, predicted) pair.
 */
public record RegressionEvaluation(int examples, double loss, double mae, double baselineMae, List<Pair> pairs) {

    /** One test example: its true target and the network's prediction. */
    public record Pair(double actual, double predicted) {
    }
}
