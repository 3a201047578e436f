package dev.neurona.nn;

import java.util.OptionalDouble;

/**
 * One line of Keras's {@code fit} output: an epoch's train loss and metric and, if held out, the
 * validation ones. {@code fold} is the K-fold fold (1..k) the epoch belongs to, 0 otherwise.
 */
public record EpochResult(int fold, int epoch, int epochs, int steps, double seconds, double loss, double metric,
        OptionalDouble valLoss, OptionalDouble valMetric) {
}
