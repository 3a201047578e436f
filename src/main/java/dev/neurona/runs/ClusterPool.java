package dev.neurona.runs;

import dev.neurona.cluster.ClusterNode;
import dev.neurona.cluster.Notifications;
import dev.neurona.cluster.SharedRateLimiter;
import dev.neurona.config.NativeRuntime;
import dev.neurona.config.NeuronaConfig;
import dev.neurona.nn.DatasetShape;
import dev.neurona.nn.EpochResult;
import dev.neurona.nn.SpareCores;
import dev.neurona.nn.SpecParseResult;
import dev.neurona.nn.SpecParser;
import dev.neurona.runs.events.RestartEvent;
import dev.neurona.runs.events.StatusEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * This node's workers on the queue every node shares ({@link SharedQueue}): each worker claims the
 * next run, trains it, and claims again; a notification wakes idle workers when a run is queued,
 * and they look anyway every second. Every second the node renews its heartbeat and its runs'
 * progress, and hears who asked them to stop; the leader node also rescues dead nodes' runs,
 * publishes the queue's estimates and prunes the stored events.
 */
@ApplicationScoped
class ClusterPool implements RunPool {

    /** A run was queued or a worker freed: idle workers claim, estimates are due. */
    static final String QUEUE_CHANNEL = "neurona_queue";

    /** A run id: the node training it stops it (who asked is in the run's row). */
    static final String STOP_CHANNEL = "neurona_stop";

    /** Runs changed somewhere: live views refresh. */
    static final String RUNS_CHANNEL = "neurona_runs";

    private static final Logger LOG = Logger.getLogger(ClusterPool.class);

    /** How often the leader prunes the stored events, in heartbeats. */
    private static final int PRUNE_EVERY = 30;

    @Inject NeuronaConfig config;

    @Inject ClusterNode node;

    @Inject Notifications notifications;

    @Inject SharedQueue queue;

    @Inject SharedEventLogs logs;

    @Inject SharedEstimates estimates;

    @Inject RunExecution execution;

    @Inject RunMetrics metrics;

    @Inject RunNotifier notifier;

    @Inject RunRepository repository;

    @Inject EngineWarmUp warmUp;

    @Inject SpecParser parser;

    @Inject SharedRateLimiter rateLimits;

    /** The runs on this node's workers. */
    private final Map<String, TrainingRun> training = new ConcurrentHashMap<>();

    /** Runs this node trained lately, for whoever asks after them here (goals, the model). */
    private final Map<String, TrainingRun> trained =
            java.util.Collections.synchronizedMap(
                    new LinkedHashMap<>() {
                        @Override
                        protected boolean removeEldestEntry(Map.Entry<String, TrainingRun> e) {
                            return size() > config.runs().keptInMemory();
                        }
                    });

    /** Runs the others took back from this node (they thought it dead): stopped without an end. */
    private final Set<String> lost = ConcurrentHashMap.newKeySet();

    private final Object idle = new Object();
    private volatile boolean shuttingDown;
    private int workerCount;
    private List<Thread> workers = List.of();
    private ScheduledExecutorService chores;
    private long beats;

    void start(@Observes @Priority(10) StartupEvent event) throws Exception {
        if (!node.clustered()) {
            return;
        }
        NativeRuntime.prepare(config.dataDir());
        SpareCores.shared().lend(config.workers().lendCores());
        workerCount = config.workers().count().orElse(Runtime.getRuntime().availableProcessors());
        node.register(workerCount);
        // only this node's own runs: the others' are left to the rescue, if their node died
        for (SharedQueue.TakenBack run : queue.takeBack(node.id())) {
            announce(run);
        }
        notifications.on(QUEUE_CHANNEL, payload -> wakeWorkers());
        notifications.on(STOP_CHANNEL, this::stopAsked);
        notifications.on(RUNS_CHANNEL, payload -> notifier.runsChanged());
        logs.start();
        notifications.start();
        chores =
                Executors.newSingleThreadScheduledExecutor(
                        task -> {
                            Thread t = new Thread(task, "cluster-chores");
                            t.setDaemon(true);
                            return t;
                        });
        chores.scheduleWithFixedDelay(
                this::chores, 0, ClusterNode.HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
        List<Thread> threads = new ArrayList<>();
        for (int i = 1; i <= workerCount; i++) {
            Thread thread =
                    new Thread(
                            () -> {
                                NativeRuntime.capThreads(config.workers().threadsPerRun());
                                work();
                            },
                            "training-worker-" + i);
            thread.setDaemon(true);
            threads.add(thread);
        }
        workers = threads;
        LOG.infof(
                "node %s joined the cluster with %d worker(s)%s",
                node.id(), workerCount, workerCount == 0 ? " (web only)" : "");
        if (workerCount > 0) {
            warmUp.start();
        }
        threads.forEach(Thread::start);
    }

    void stop(@Observes ShutdownEvent event) {
        if (!node.clustered() || chores == null) {
            return;
        }
        shuttingDown = true;
        training.values().forEach(TrainingRun::requestCancel);
        wakeWorkers();
        for (Thread worker : workers) {
            try {
                worker.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        chores.shutdownNow();
        try {
            // a clean stop gives its runs back at once: another node trains them from the start
            for (SharedQueue.TakenBack run : queue.takeBack(node.id())) {
                announce(run);
            }
            node.leave();
        } catch (Exception e) {
            LOG.warnf("could not leave the cluster cleanly: %s", e.getMessage());
        }
    }

    @Override
    public int workerCount() {
        return workerCount;
    }

    @Override
    public PoolLoad load() {
        // a count, not the rows: gauges and every open dashboard ask this each second
        Map<RunState, Integer> counts = queue.unfinishedCounts();
        return new PoolLoad(
                node.live().workers(),
                counts.getOrDefault(RunState.RUNNING, 0),
                counts.getOrDefault(RunState.QUEUED, 0));
    }

    @Override
    public TrainingRun submit(RunRequest request) throws RunRefusedException {
        if (shuttingDown) {
            throw new QueueFullException(0);
        }
        String id = UUID.randomUUID().toString();
        // the submitter's copy follows the run's events wherever it trains; its own state stays
        // "queued" (the stored summary and the events say where the run is)
        TrainingRun run =
                new TrainingRun(id, request, Instant.now(), logs.follow(id, true).orElseThrow());
        queue.submit(run);
        Optional<QueueEstimates.QueueSlot> slot = estimates.compute().slot(id);
        int position = slot.map(QueueEstimates.QueueSlot::position).orElse(1);
        long eta =
                StartEstimator.rounded(slot.map(QueueEstimates.QueueSlot::etaSeconds).orElse(0L));
        logs.writeIfWaiting(id, List.of(StatusEvent.queued(position, eta)));
        estimates.told(id, position, eta);
        notifications.send(QUEUE_CHANNEL, id);
        notifications.send(RUNS_CHANNEL, id);
        return run;
    }

    @Override
    public Optional<TrainingRun> find(String id) {
        TrainingRun run = training.get(id);
        return run != null ? Optional.of(run) : Optional.ofNullable(trained.get(id));
    }

    @Override
    public boolean stop(String id, String owner, boolean byInstructor) {
        switch (queue.stop(id, owner, byInstructor)) {
            case NOTHING:
                return false;
            case WAITING_RUN_ENDED:
                notifications.send(QUEUE_CHANNEL, id);
                notifications.send(RUNS_CHANNEL, id);
                return true;
            default:
                TrainingRun local = training.get(id);
                if (local != null) {
                    stopLocal(local, byInstructor);
                } else {
                    notifications.send(STOP_CHANNEL, id);
                }
                return true;
        }
    }

    @Override
    public List<ActiveRun> activeRuns() {
        SharedEstimates.Snapshot snapshot = estimates.compute();
        List<ActiveRun> active = new ArrayList<>();
        for (SharedQueue.Unfinished row : snapshot.runs()) {
            Optional<QueueEstimates.QueueSlot> slot =
                    row.state() == RunState.QUEUED ? snapshot.slot(row.id()) : Optional.empty();
            TrainingRun local = training.get(row.id());
            int epochs = local != null ? local.totalEpochs() : row.epochs();
            active.add(
                    new ActiveRun(
                            row.id(),
                            row.learnerId(),
                            row.lessonId(),
                            row.exerciseId(),
                            row.state(),
                            slot.map(QueueEstimates.QueueSlot::position).orElse(0),
                            slot.map(s -> OptionalLong.of(s.etaSeconds()))
                                    .orElse(OptionalLong.empty()),
                            local != null
                                    ? local.history().size()
                                    : (int) Math.floor(row.progress() * epochs),
                            epochs,
                            local != null ? local.progress() : row.progress(),
                            row.createdAt(),
                            row.startedAt(),
                            local != null ? local.divergence().lastLoss() : Double.NaN,
                            local != null && local.divergence().diverging()));
        }
        active.sort(
                Comparator.comparing((ActiveRun a) -> a.state() == RunState.QUEUED)
                        .thenComparing(a -> a.startedAt().orElse(Instant.MAX))
                        .thenComparingInt(ActiveRun::queuePosition));
        return active;
    }

    @Override
    public HeldLogs heldLogs() {
        List<RunEventLog> held = new ArrayList<>(logs.copies());
        training.values().forEach(run -> held.add(run.log()));
        synchronized (trained) {
            trained.values().forEach(run -> held.add(run.log()));
        }
        return new HeldLogs(held.size(), held.stream().mapToLong(RunEventLog::size).sum());
    }

    @Override
    public Optional<RunEventLog> events(String id) {
        boolean unfinished = repository.find(id).map(s -> !s.state().isTerminal()).orElse(false);
        return logs.follow(id, unfinished);
    }

    /** A worker's life: claim the next run, train it, claim again; wait for news when none can start. */
    private void work() {
        while (!shuttingDown) {
            Optional<TrainingRun> run;
            try {
                run = claim();
            } catch (RuntimeException e) {
                LOG.warnf("could not claim a run: %s", e.getMessage());
                run = Optional.empty();
            }
            if (run.isEmpty()) {
                synchronized (idle) {
                    try {
                        idle.wait(ClusterNode.HEARTBEAT.toMillis());
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                continue;
            }
            train(run.get());
        }
    }

    private Optional<TrainingRun> claim() {
        if (shuttingDown) {
            return Optional.empty();
        }
        Optional<SharedQueue.Claimed> claimed = queue.claim(node.id());
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        SharedQueue.Claimed c = claimed.get();
        SpecParseResult parsed =
                parser.parse(c.config(), DatasetShape.of(c.dataset()).orElse(DatasetShape.MNIST));
        if (parsed.spec().isEmpty()) {
            // stored by a version of Neurona whose settings this one does not read
            queue.fail(c.id(), "internal", "unreadable configuration");
            return Optional.empty();
        }
        TrainingRun run =
                new TrainingRun(
                        c.id(),
                        new RunRequest(
                                c.learnerId(),
                                c.lessonId(),
                                c.exerciseId(),
                                parsed.spec().get(),
                                c.limits()),
                        c.createdAt(),
                        new RunEventLog(config.runs().eventLogSize()));
        logs.attach(c.id(), run.log());
        training.put(run.id(), run);
        if (c.attempt() > 1) {
            run.log().append(new RestartEvent(c.attempt(), RestartEvent.NODE_LOST));
        }
        run.state(RunState.RUNNING);
        metrics.started(run);
        run.log().append(StatusEvent.of(RunState.RUNNING, OptionalInt.empty(), Optional.empty()));
        notifications.send(QUEUE_CHANNEL, run.id());
        notifications.send(RUNS_CHANNEL, run.id());
        return Optional.of(run);
    }

    private void train(TrainingRun run) {
        Runnable done = SpareCores.shared().working();
        try {
            execution.train(
                    run,
                    this::epochEnded,
                    () -> shuttingDown || lost.contains(run.id()),
                    r -> LOG.infof("run %s goes back to the queue", r.id()));
        } finally {
            done.run();
            training.remove(run.id());
            lost.remove(run.id());
            trained.put(run.id(), run);
        }
        notifications.send(QUEUE_CHANNEL, run.id());
        notifications.send(RUNS_CHANNEL, run.id());
    }

    private void epochEnded(TrainingRun run, EpochResult result) {
        notifier.runsChanged();
    }

    /** Every heartbeat: the node's and its runs', their stops; the leader's chores. */
    private void chores() {
        try {
            node.beat(workerCount);
            Map<String, Double> progress = new LinkedHashMap<>();
            training.forEach((id, run) -> progress.put(id, run.progress()));
            queue.heartbeat(node.id(), progress)
                    .forEach(
                            (id, asked) -> {
                                TrainingRun run = training.get(id);
                                if (run == null || asked.isEmpty()) {
                                    return;
                                }
                                if (asked.get().equals("lost")) {
                                    LOG.warnf(
                                            "run %s was taken back from this node; stopping it",
                                            id);
                                    lost.add(id);
                                    run.requestCancel();
                                } else {
                                    stopLocal(run, asked.get().equals("instructor"));
                                }
                            });
            if (notifications.leader()) {
                for (SharedQueue.TakenBack run : queue.rescue()) {
                    announce(run);
                }
                estimates.publishIfDue();
                if (++beats % PRUNE_EVERY == 0) {
                    logs.prune();
                    rateLimits.prune();
                }
            }
        } catch (RuntimeException | java.sql.SQLException e) {
            LOG.warnf("cluster chores failed: %s", e.getMessage());
        }
    }

    private void stopAsked(String runId) {
        TrainingRun run = training.get(runId);
        if (run != null && chores != null) {
            chores.execute(
                    () ->
                            queue.cancelledBy(runId)
                                    .ifPresent(by -> stopLocal(run, by.equals("instructor"))));
        }
    }

    private static void stopLocal(TrainingRun run, boolean byInstructor) {
        if (byInstructor) {
            run.requestCancelByInstructor();
        } else {
            run.requestCancel();
        }
    }

    /** A run taken back from a node (its stream was told): the queue and live views change. */
    private void announce(SharedQueue.TakenBack run) {
        if (run.requeued()) {
            LOG.infof("run %s goes back to the queue (attempt %d)", run.id(), run.attempts());
        } else {
            LOG.warnf("run %s failed: its node died %d times", run.id(), run.attempts());
        }
        estimates.due();
        notifications.send(QUEUE_CHANNEL, run.id());
        notifications.send(RUNS_CHANNEL, run.id());
    }

    private void wakeWorkers() {
        synchronized (idle) {
            idle.notifyAll();
        }
    }
}
