package dev.neurona.runs;

import dev.neurona.cluster.ClusterNode;
import dev.neurona.config.NeuronaConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the rest of the server asks of training runs: submit one within its learner's limits, find,
 * stop and follow runs, read stored ones. A run lives on its own: no subscriber, browser or HTTP
 * request is needed for it to finish. The work is done by the {@link WorkerPool} (queue and
 * workers), {@link RunExecution} (training, evaluation, model), {@link RunCompletion} (its end and
 * stored summary), {@link EngineWarmUp} and {@link StoredRunReplay}.
 */
@ApplicationScoped
public class RunService {

    @Inject NeuronaConfig config;

    @Inject WorkerPool localPool;

    @Inject ClusterPool clusterPool;

    @Inject ClusterNode node;

    @Inject RunRepository repository;

    @Inject RunModels models;

    @Inject RunMetrics metrics;

    @Inject RunNotifier notifier;

    @Inject EngineWarmUp warmUp;

    /** The pool this node uses: its own, or the cluster's when it shares PostgreSQL with others. */
    private RunPool pool() {
        return node.clustered() ? clusterPool : localPool;
    }

    public int workerCount() {
        return pool().workerCount();
    }

    /** Whether the warm-up loaded the native libraries and MNIST and trained once: the readiness probe asks. */
    public boolean engineReady() {
        return warmUp.ready();
    }

    /** Workers, workers busy with a run and runs waiting, read together under the queue's lock. */
    public PoolLoad load() {
        return pool().load();
    }

    /** The runs this process holds in memory with their replayable event logs (bounded by {@code neurona.runs.kept-in-memory}). */
    public HeldLogs heldLogs() {
        return pool().heldLogs();
    }

    /**
     * Queues a run if it fits its learner's limits; its first events (queued, position, estimated
     * start) are in its log when this returns.
     *
     * @throws LimitsExceededException the spec asks for more than the limits allow (per field)
     * @throws LearnerBusyException    the learner already has as many unfinished runs as allowed
     * @throws QueueFullException      the server's queue is full
     */
    public TrainingRun submit(RunRequest request) throws RunRefusedException {
        List<LimitViolation> violations = request.limits().check(request.spec());
        if (!violations.isEmpty()) {
            throw new LimitsExceededException(violations);
        }
        TrainingRun run = pool().submit(request);
        metrics.submitted();
        notifier.runsChanged();
        return run;
    }

    public Optional<TrainingRun> find(String id) {
        return pool().find(id);
    }

    /** Asks a run to stop; only its owner may. A running run stops after its current batch. */
    public boolean cancel(String id, String learnerId) {
        return stop(id, learnerId, false);
    }

    /** Asks any run to stop, whoever it belongs to (an instructor's cancel); its log says who stopped it. */
    public boolean cancelAny(String id) {
        return stop(id, null, true);
    }

    private boolean stop(String id, String owner, boolean byInstructor) {
        if (!pool().stop(id, owner, byInstructor)) {
            return false;
        }
        notifier.runsChanged();
        return true;
    }

    /**
     * The unfinished runs of the whole server, running ones first (oldest start first), then the
     * waiting ones in queue order, with their progress and estimated starts.
     */
    public List<ActiveRun> activeRuns() {
        return pool().activeRuns();
    }

    /**
     * The events of a run for streaming: the live log of a run this process knows, or one
     * rebuilt from the stored summary of a run from before a restart.
     */
    public Optional<RunEventLog> events(String id) {
        Optional<RunEventLog> live = pool().events(id);
        if (live.isPresent()) {
            return live;
        }
        return repository.find(id).map(StoredRunReplay::log);
    }

    public Optional<RunSummary> summary(String id) {
        return repository.find(id);
    }

    public List<RunSummary> history(String learnerId, int limit) {
        return repository.forLearner(learnerId, limit);
    }

    /** The saved model of a finished run, if it has one. */
    public Optional<Path> modelFile(String id) {
        return models.find(id);
    }
}
