package dev.neurona.runs;

/** CDI event: a run ended (finished, cancelled or failed) and its summary is stored. */
public record RunEnded(String runId, String learnerId, String exerciseId, RunState state) {
}
