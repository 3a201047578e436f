package dev.neurona.runs;

import dev.neurona.nn.EpochResult;
import dev.neurona.runs.events.StatusEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Waiting runs' places and estimated starts, worked out from the runs on workers and the exercises'
 * recent epoch times, and told to each waiting run when they change. The worker pool calls it
 * under its lock, all but {@link #epochEnded}, which is safe without.
 */
final class QueueEstimates {

    /** Waiting runs' estimated starts are refreshed this often while runs progress (and at every queue change). */
    private static final long REFRESH_NANOS = Duration.ofSeconds(5).toNanos();

    private final EpochTimes epochTimes = new EpochTimes();

    /** Each waiting run's place and estimated start, as last published. */
    private Map<String, QueueSlot> slots = Map.of();

    /** What each waiting run's log last said (position and rounded start), so unchanged estimates are not re-sent. */
    private final Map<String, String> published = new HashMap<>();

    /** Read without the lock by {@link #epochEnded}, which only decides whether to take it. */
    private volatile long lastEstimate;

    /** A waiting run's place in the queue and the seconds until it should start. */
    record QueueSlot(int position, long etaSeconds) {}

    /**
     * Works out every waiting run's place and estimated start, and tells each run whose place or
     * rounded estimate changed.
     */
    void publish(List<TrainingRun> waiting, List<TrainingRun> onWorkers, int workerCount) {
        List<StartEstimator.Busy> busy = new ArrayList<>();
        for (TrainingRun run : onWorkers) {
            if (!run.state().isTerminal()) {
                busy.add(new StartEstimator.Busy(run.learnerId(), remainingSeconds(run)));
            }
        }
        List<StartEstimator.Pending> pending = new ArrayList<>();
        for (TrainingRun run : waiting) {
            pending.add(
                    new StartEstimator.Pending(
                            run.learnerId(), expectedSeconds(run), run.limits().maxRunning()));
        }
        long[] starts = StartEstimator.startSeconds(workerCount, busy, pending);
        Map<String, QueueSlot> next = new HashMap<>();
        for (int i = 0; i < waiting.size(); i++) {
            TrainingRun run = waiting.get(i);
            long eta = StartEstimator.rounded(starts[i]);
            next.put(run.id(), new QueueSlot(i + 1, starts[i]));
            String shown = (i + 1) + "@" + eta;
            if (!shown.equals(published.put(run.id(), shown))) {
                run.log().append(StatusEvent.queued(i + 1, eta));
            }
        }
        published.keySet().retainAll(next.keySet());
        slots = next;
        lastEstimate = System.nanoTime();
    }

    Optional<QueueSlot> slot(String runId) {
        return Optional.ofNullable(slots.get(runId));
    }

    /** Notes an epoch's time for its exercise; whether the estimates are due a refresh (no lock needed). */
    boolean epochEnded(TrainingRun run, EpochResult result) {
        epochTimes.record(run.exerciseId(), result.seconds());
        return System.nanoTime() - lastEstimate > REFRESH_NANOS;
    }

    /** A running run's time left: extrapolated from its progress, or its epochs at the exercise's recent pace. */
    private double remainingSeconds(TrainingRun run) {
        double elapsed =
                run.startedAt()
                        .map(t -> Duration.between(t, Instant.now()).toMillis() / 1000.0)
                        .orElse(0.0);
        return StartEstimator.remainingSeconds(
                elapsed,
                run.progress(),
                run.totalEpochs(),
                epochTimes.perEpoch(run.exerciseId()),
                run.limits().maxWallTime().toSeconds());
    }

    private double expectedSeconds(TrainingRun run) {
        return Math.min(
                run.totalEpochs() * epochTimes.perEpoch(run.exerciseId()),
                run.limits().maxWallTime().toSeconds());
    }
}
