package dev.neurona.runs.events;

import java.util.List;

/**
 * A plane run's final decision map as its result keeps it: P(class 1) per cell of a
 * {@code resolution × resolution} grid over {@code [-range, range]²}, and the {@code [x1, x2, label]} points.
 */
public record DecisionMap(int resolution, double range, List<Double> probabilities, List<List<Double>> train,
        List<List<Double>> test) {
}
