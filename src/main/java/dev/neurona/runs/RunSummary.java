package dev.neurona.runs;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What is stored of a run: its provenance (configuration, dataset source, seed), final state and
 * metrics, and the epoch history and result as event payloads so its page can be replayed later.
 */
public record RunSummary(
        String id,
        String learnerId,
        String lessonId,
        String exerciseId,
        String dataset,
        String datasetSource,
        Map<String, String> config,
        long seed,
        long parameters,
        int epochs,
        RunState state,
        Instant createdAt,
        Optional<Instant> finishedAt,
        int epochsDone,
        List<String> epochEvents,
        Optional<String> resultEvent,
        OptionalDouble testLoss,
        OptionalDouble testAccuracy,
        OptionalDouble testMae,
        Optional<String> errorCode) {

    /** The metric this run reports, as its configuration names it (older runs only knew accuracy). */
    public String metricName() {
        return config.getOrDefault("metric", "accuracy");
    }

    /** The test value of {@link #metricName()}, if the run got that far. */
    public OptionalDouble testMetric() {
        return "mae".equals(metricName()) ? testMae : testAccuracy;
    }
}
