package dev.neurona.runs.events;

import java.util.List;
import java.util.Optional;

/**
 * A classifier's test result: loss and accuracy, the confusion matrix ({@code confusion[actual][predicted]},
 * rows and columns labelled by {@code classes}), the first misclassified examples and, for a run on the
 * plane, its last decision map.
 */
public record ClassificationResult(String dataset, int examples, Double testLoss, double testAccuracy, List<String> classes,
        List<List<Integer>> confusion, List<Misclassified> misclassified, Optional<DecisionMap> decisionMap)
        implements ResultEvent {

    public ClassificationResult {
        testLoss = RunEventData.finite(testLoss);
    }

    /** A test example the network got wrong: its index in the test set, true and predicted class, and confidence. */
    public record Misclassified(int index, int label, int predicted, double confidence) {
    }
}
