package dev.neurona.runs.events;

import java.util.List;

/**
 * A regression's test result: loss (MSE), mean absolute error beside the error of always guessing the
 * training mean, {@code [actual, predicted]} pairs for the scatter plot and, when the run
 * cross-validated, the folds' average validation MAE per epoch (empty otherwise).
 */
public record RegressionResult(int examples, Double testLoss, Double testMae, Double baselineMae, List<List<Double>> pairs,
        List<Double> kfoldAverage) implements ResultEvent {

    public RegressionResult {
        testLoss = RunEventData.finite(testLoss);
        testMae = RunEventData.finite(testMae);
        baselineMae = RunEventData.finite(baselineMae);
        kfoldAverage = kfoldAverage.stream().map(RunEventData::finite).toList();
    }
}
