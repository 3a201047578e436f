package dev.neurona.nn;

/**
 * Progress inside an epoch after one batch, as Keras's progress bar shows it: loss and accuracy are
 * running means over the batches of this epoch so far.
 */
public record BatchProgress(int epoch, int step, int steps, double loss, double accuracy) {
}
