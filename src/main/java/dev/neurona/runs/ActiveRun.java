package dev.neurona.runs;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A snapshot of an unfinished run, for a live view of the server's runs.
 *
 * @param queuePosition 1-based place in the queue while waiting, 0 once running
 * @param etaSeconds    estimated seconds until a waiting run starts; empty once running
 * @param epochsDone    epochs trained so far, counting every fold's with K-fold
 * @param epochs        epochs the run will train, counting every fold's and the final model's with K-fold
 * @param progress      0..1, including the batches of the current epoch
 * @param lastLoss      the last running loss seen, NaN before the first batch
 * @param diverging     a NaN or infinite loss, or one ten times where it started (see {@link DivergenceWatch})
 */
public record ActiveRun(String runId, String learnerId, String lessonId, String exerciseId, RunState state,
        int queuePosition, OptionalLong etaSeconds, int epochsDone, int epochs, double progress, Instant createdAt,
        Optional<Instant> startedAt, double lastLoss, boolean diverging) {
}
