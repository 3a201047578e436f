package dev.neurona.nn.scratch;

/** How a scratch training ended: the updates made, the MSE after them, whether it was stopped early. */
public record ScratchOutcome(int iterations, double mse, boolean stopped) {
}
