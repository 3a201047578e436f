package dev.neurona.nn;

import java.util.List;

/**
 * A network's result on held-out test data: loss, accuracy, the confusion matrix
 * ({@code confusion[actual][predicted]}) and the first misclassified examples.
 */
public record TestEvaluation(int examples, double loss, double accuracy, int[][] confusion, List<Misclassified> misclassified) {

    /** One example the network got wrong, with the probability it gave its (wrong) answer. */
    public record Misclassified(int index, int label, int predicted, double confidence) {
    }
}
