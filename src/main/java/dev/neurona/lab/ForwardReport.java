package dev.neurona.lab;

import java.util.List;

/**
 * One forward pass of lesson 2.3 over all the points, layer by layer: what goes in (X, of shape
 * (1000, 2), a few of its rows), then for each layer Z = A·W + b and A = g(Z) with their shapes and
 * first rows, and what comes out: the mean, range and MSE of A3.
 */
public record ForwardReport(long seed, long[] inputShape, Matrix inputRows, List<Layer> layers,
        double outputMean, double outputMin, double outputMax, double mse) {

    /** Layer {@code index} (1 to 3): its activation, parameters, and Z and A (shapes and first rows). */
    public record Layer(int index, String activation, Matrix weights, Matrix bias,
            long[] zShape, Matrix zRows, long[] aShape, Matrix aRows) {
    }
}
