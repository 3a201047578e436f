package dev.neurona.nn;

/**
 * Progress inside an epoch after one batch, as Keras's progress bar shows it: loss and metric are
 * running means over the batches of this epoch so far. {@code fold} is the K-fold fold (1..k), 0 otherwise.
 */
public record BatchProgress(int fold, int epoch, int step, int steps, double loss, double metric) {
}
