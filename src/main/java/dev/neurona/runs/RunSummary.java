package dev.neurona.runs;

import dev.neurona.runs.events.EpochEvent;
import dev.neurona.runs.events.ResultEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What is stored of a run: its provenance (configuration, dataset source, seed), final state and
 * metrics, and the epoch history and result as events so its page can be replayed later.
 * {@code trainRows} is set when the run trained on the first N training rows only (a class limit).
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
        List<EpochEvent> epochEvents,
        Optional<ResultEvent> resultEvent,
        OptionalDouble testLoss,
        OptionalDouble testAccuracy,
        OptionalDouble testMae,
        Optional<String> errorCode,
        Optional<Instant> startedAt,
        OptionalInt trainRows) {

    /** Why a run ended that a previous server process left unfinished. */
    public static final String INTERRUPTED = "interrupted";

    /** Why a run ended that an instructor stopped (its state is cancelled). */
    public static final String CANCELLED_BY_INSTRUCTOR = "cancelled_by_instructor";

    /** Whether an instructor, not the learner, stopped this run. */
    public boolean cancelledByInstructor() {
        return errorCode.filter(CANCELLED_BY_INSTRUCTOR::equals).isPresent();
    }

    /** Whether the server stopped while this run was queued or training (it can be trained again). */
    public boolean interrupted() {
        return errorCode.filter(INTERRUPTED::equals).isPresent();
    }

    /** The metric this run reports, as its configuration names it (older runs only knew accuracy). */
    public String metricName() {
        return config.getOrDefault("metric", "accuracy");
    }

    /** The test value of {@link #metricName()}, if the run got that far. */
    public OptionalDouble testMetric() {
        return "mae".equals(metricName()) ? testMae : testAccuracy;
    }
}
