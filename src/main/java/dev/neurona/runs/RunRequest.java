package dev.neurona.runs;

import dev.neurona.nn.NetworkSpec;

/** A learner's request to train {@code spec} for an exercise, within the learner's {@code limits}. */
public record RunRequest(String learnerId, String lessonId, String exerciseId, NetworkSpec spec, RunLimits limits) {
}
