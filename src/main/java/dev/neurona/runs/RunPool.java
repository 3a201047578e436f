package dev.neurona.runs;

import java.util.List;
import java.util.Optional;

/**
 * Where runs wait and train: this process's own queue and workers ({@link WorkerPool}, with the
 * embedded H2), or the queue every node shares in PostgreSQL ({@link ClusterPool}).
 */
interface RunPool {

    /** This node's training workers. */
    int workerCount();

    /** Workers, workers busy and runs waiting: the node's, or the whole cluster's. */
    PoolLoad load();

    /** Queues a run within its learner's and the server's limits; its first events are logged. */
    TrainingRun submit(RunRequest request) throws RunRefusedException;

    /** A run this node holds in memory (on several nodes: one it trains or trained). */
    Optional<TrainingRun> find(String id);

    /** Asks a run to stop ({@code owner} null: whoever it belongs to); a waiting one ends at once. */
    boolean stop(String id, String owner, boolean byInstructor);

    /** The unfinished runs, running ones first (oldest start first), then the waiting ones in queue order. */
    List<ActiveRun> activeRuns();

    /** The runs whose event logs this node holds in memory, and the events those logs hold. */
    HeldLogs heldLogs();

    /** The live event log of a run, empty if the pool has none (the stored summary replays it then). */
    Optional<RunEventLog> events(String id);
}
