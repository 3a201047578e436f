package dev.neurona.nn;

import java.util.OptionalDouble;

/** One line of Keras's {@code fit} output: an epoch's train loss/accuracy and, if held out, validation ones. */
public record EpochResult(int epoch, int epochs, int steps, double seconds, double loss, double accuracy,
        OptionalDouble valLoss, OptionalDouble valAccuracy) {
}
