package dev.neurona.classroom;

import java.util.Map;

/** A learner's best finished run of an exercise, by its test metric, with the configuration that got it. */
public record BestRun(String runId, String learnerId, String exerciseId, String lessonId, String metric, double value,
        Map<String, String> config) {

    /** Higher accuracy is better; lower mean absolute error is better. */
    public boolean betterThan(BestRun other) {
        return "mae".equals(metric) ? value < other.value : value > other.value;
    }

    /** The configuration in the learner's vocabulary: layers, optimizer, learning rate, batch, epochs. */
    public String configSummary() {
        StringBuilder s = new StringBuilder();
        s.append(config.getOrDefault("hidden", "—").isBlank() ? "—" : config.getOrDefault("hidden", "—"));
        s.append(" · ").append(config.getOrDefault("optimizer", "?")).append(' ').append(config.getOrDefault("learning_rate", ""));
        s.append(" · batch ").append(config.getOrDefault("batch_size", "?"));
        s.append(" · ").append(config.getOrDefault("epochs", "?")).append(" epochs");
        String dropout = config.getOrDefault("dropout", "0");
        if (!dropout.isBlank() && !"0".equals(dropout) && !"0.0".equals(dropout)) {
            s.append(" · Dropout ").append(dropout);
        }
        return s.toString();
    }
}
