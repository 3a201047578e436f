package dev.neurona.runs;

import dev.neurona.nn.BatchProgress;
import dev.neurona.nn.EpochResult;
import dev.neurona.nn.Metric;
import dev.neurona.nn.TrainingObserver;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * Turns one run's training progress into its events (batch events throttled to a few per second,
 * decision maps every ~150 ms), its progress and divergence watch, and stops it when asked or late.
 */
final class RunObserver implements TrainingObserver {

    /** A grid every ~150 ms is smooth enough to watch and keeps the log small on 500-epoch runs. */
    private static final long GRID_INTERVAL_NANOS = 150_000_000L;

    private final TrainingRun run;
    private final long deadline;
    private final long batchInterval;
    private final BiConsumer<TrainingRun, EpochResult> epochEnded;
    private final Metric metric;

    /** Present for runs on a plane: each epoch may then stream the decision map. */
    private final Optional<PlaneRun> plane;

    private long lastBatchEvent;
    private long lastGridEvent;
    private int epochsDone;

    RunObserver(
            TrainingRun run,
            Optional<PlaneRun> plane,
            long deadline,
            long batchInterval,
            BiConsumer<TrainingRun, EpochResult> epochEnded) {
        this.run = run;
        this.plane = plane;
        this.metric = run.spec().metric();
        this.deadline = deadline;
        this.batchInterval = batchInterval;
        this.epochEnded = epochEnded;
    }

    @Override
    public void onBatch(BatchProgress progress) {
        run.progress(
                (epochsDone + (double) progress.step() / progress.steps()) / run.totalEpochs());
        run.divergence().onBatch(progress.loss());
        long now = System.nanoTime();
        if (progress.step() == 1
                || progress.step() == progress.steps()
                || now - lastBatchEvent >= batchInterval) {
            lastBatchEvent = now;
            run.log().append(TrainingEvents.batch(progress, metric));
        }
    }

    @Override
    public void onEpoch(EpochResult result) {
        epochsDone++;
        run.progress((double) epochsDone / run.totalEpochs());
        run.divergence().onEpoch(result.loss());
        run.addEpoch(result);
        run.log().append(TrainingEvents.epoch(result, metric));
        epochEnded.accept(run, result);
    }

    @Override
    public void onNetwork(EpochResult result, MultiLayerNetwork network) {
        long now = System.nanoTime();
        boolean last = result.epoch() == result.epochs();
        if (plane.isEmpty()
                || (!last && result.epoch() > 1 && now - lastGridEvent < GRID_INTERVAL_NANOS)) {
            return;
        }
        lastGridEvent = now;
        PlaneRun p = plane.get();
        run.log().append(TrainingEvents.grid(result.epoch(), p.grid(network), p.testLoss(network)));
    }

    @Override
    public boolean stopRequested() {
        return run.cancelRequested() || System.nanoTime() > deadline;
    }
}
