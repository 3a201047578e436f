package dev.neurona.runs;

import dev.neurona.cluster.ClusterNode;
import dev.neurona.runs.events.StatusEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cluster's queue order and estimated starts, worked out from the database: every waiting run
 * in the order the nodes' workers will claim them (least recently served learner first, as one node
 * does), and when each should start given every live node's workers and the running runs' progress.
 * The leader node tells each waiting run when its place or rounded estimate changes.
 */
@ApplicationScoped
class SharedEstimates {

    /** Estimates are refreshed this often while runs progress (and at every queue change). */
    private static final Duration REFRESH = Duration.ofSeconds(5);

    @Inject SharedQueue queue;

    @Inject ClusterNode node;

    @Inject SharedEventLogs logs;

    /** What each waiting run was last told, "place@estimate", so unchanged estimates are not re-sent. */
    private final Map<String, String> published = new HashMap<>();

    private volatile boolean due = true;
    private long lastPublished;

    /** The unfinished runs of the cluster and the waiting ones' places and estimated starts. */
    record Snapshot(
            List<SharedQueue.Unfinished> runs, Map<String, QueueEstimates.QueueSlot> slots) {

        Optional<QueueEstimates.QueueSlot> slot(String runId) {
            return Optional.ofNullable(slots.get(runId));
        }
    }

    /** The queue changed (a run queued, claimed, ended): estimates are due now. */
    void due() {
        due = true;
    }

    Snapshot compute() {
        List<SharedQueue.Unfinished> runs = queue.unfinished();
        EpochTimes epochTimes = new EpochTimes();
        List<Map.Entry<String, Double>> recent = new ArrayList<>(queue.recentEpochSeconds());
        // oldest first, so the newest weigh most in the moving average
        for (int i = recent.size() - 1; i >= 0; i--) {
            epochTimes.record(recent.get(i).getKey(), recent.get(i).getValue());
        }
        FairQueue<SharedQueue.Unfinished> order =
                new FairQueue<>(SharedQueue.Unfinished::learnerId);
        queue.turns().forEach(order::served);
        List<StartEstimator.Busy> busy = new ArrayList<>();
        Instant now = Instant.now();
        for (SharedQueue.Unfinished run : runs) {
            if (run.state() == RunState.QUEUED) {
                order.offer(run);
            } else {
                double elapsed =
                        run.startedAt()
                                .map(t -> Duration.between(t, now).toMillis() / 1000.0)
                                .orElse(0.0);
                busy.add(
                        new StartEstimator.Busy(
                                run.learnerId(),
                                StartEstimator.remainingSeconds(
                                        elapsed,
                                        run.progress(),
                                        run.epochs(),
                                        epochTimes.perEpoch(run.exerciseId()),
                                        run.maxWallTime().toSeconds())));
            }
        }
        List<SharedQueue.Unfinished> waiting = order.order();
        List<StartEstimator.Pending> pending = new ArrayList<>();
        for (SharedQueue.Unfinished run : waiting) {
            pending.add(
                    new StartEstimator.Pending(
                            run.learnerId(),
                            Math.min(
                                    run.epochs() * epochTimes.perEpoch(run.exerciseId()),
                                    run.maxWallTime().toSeconds()),
                            run.maxRunning()));
        }
        long[] starts = StartEstimator.startSeconds(node.live().workers(), busy, pending);
        Map<String, QueueEstimates.QueueSlot> slots = new HashMap<>();
        for (int i = 0; i < waiting.size(); i++) {
            slots.put(waiting.get(i).id(), new QueueEstimates.QueueSlot(i + 1, starts[i]));
        }
        return new Snapshot(runs, slots);
    }

    /** Tells the waiting runs whose place or rounded estimate changed, when due (the leader calls it). */
    synchronized void publishIfDue() {
        long nowNanos = System.nanoTime();
        if (!due && nowNanos - lastPublished < REFRESH.toNanos()) {
            return;
        }
        due = false;
        lastPublished = nowNanos;
        Snapshot snapshot = compute();
        for (Map.Entry<String, QueueEstimates.QueueSlot> slot : snapshot.slots().entrySet()) {
            long eta = StartEstimator.rounded(slot.getValue().etaSeconds());
            String shown = slot.getValue().position() + "@" + eta;
            if (!shown.equals(published.put(slot.getKey(), shown))) {
                logs.writeIfWaiting(
                        slot.getKey(),
                        List.of(StatusEvent.queued(slot.getValue().position(), eta)));
            }
        }
        published.keySet().retainAll(snapshot.slots().keySet());
    }

    /** Remembers what a waiting run was told at its submission, so the leader does not repeat it. */
    synchronized void told(String runId, int position, long eta) {
        published.put(runId, position + "@" + eta);
    }
}
