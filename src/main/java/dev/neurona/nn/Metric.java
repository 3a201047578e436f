package dev.neurona.nn;

import java.util.Locale;
import java.util.Optional;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The metric Keras reports beside the loss: accuracy for classifiers, mean absolute error for regression. */
public enum Metric {
    ACCURACY,
    MAE;

    public String kerasName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a higher value is better (accuracy) or a lower one (an error). */
    public boolean higherIsBetter() {
        return this == ACCURACY;
    }

    /**
     * The metric summed over the rows of a batch, so batches of different sizes average correctly:
     * correct predictions for accuracy, absolute errors (averaged over output columns) for MAE.
     */
    double sum(INDArray outputs, INDArray labels) {
        if (this == ACCURACY) {
            return Predictions.correct(outputs, labels);
        }
        INDArray diff = outputs.castTo(labels.dataType()).sub(labels);
        return diff.norm1Number().doubleValue() / labels.columns();
    }

    /** Whether this metric means something after {@code output}: accuracy needs class probabilities. */
    public boolean fits(Activation output) {
        return this == MAE || output == Activation.SIGMOID || output == Activation.SOFTMAX;
    }

    public static Optional<Metric> fromKerasName(String name) {
        for (Metric m : values()) {
            if (m.kerasName().equals(name.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
