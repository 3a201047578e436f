package dev.neurona.lab;

import dev.neurona.nn.DecisionGrid;
import java.util.List;

/**
 * Where a learner's live training (lesson 2.5) stands: updates made of those asked for, the MSE
 * points recorded every 100 iterations ({@code curve}: all of them, or only the new ones when
 * advancing), the current MSE and accuracy (threshold 0.5) and the decision map over [−1, 1]².
 */
public record TrainingProgress(long seed, double learningRate, int iteration, int iterations,
        List<CurvePoint> curve, double mse, double accuracy, DecisionGrid grid, boolean finished) {

    /** The MSE after {@code iteration} updates. */
    public record CurvePoint(int iteration, double mse) {
    }
}
