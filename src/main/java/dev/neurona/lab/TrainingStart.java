package dev.neurona.lab;

/** A new live training: its points (to draw under the decision map) and its untrained state. */
public record TrainingStart(ScratchData.Points points, TrainingProgress progress) {
}
