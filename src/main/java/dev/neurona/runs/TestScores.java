package dev.neurona.runs;

import dev.neurona.nn.Metric;

/** A finished run's headline numbers on the test set: the loss and the exercise's metric (accuracy or MAE). */
public record TestScores(double loss, Metric metric, double value) {
}
