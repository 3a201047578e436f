package dev.neurona.runs;

import dev.neurona.cluster.ClusterNode;
import dev.neurona.config.NativeRuntime;
import dev.neurona.config.NeuronaConfig;
import dev.neurona.nn.EpochResult;
import dev.neurona.nn.SpareCores;
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
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * The bounded worker pool and its fair queue ({@link FairQueue}): a free worker asks the queue for
 * the next run its learner may start; no worker waits on a run. The queue, the runs in memory, the
 * runs on workers and the busy count change together under this object's lock.
 */
@ApplicationScoped
class WorkerPool implements RunPool {

    private static final Logger LOG = Logger.getLogger(WorkerPool.class);

    @Inject NeuronaConfig config;

    @Inject RunRepository repository;

    @Inject RunMetrics metrics;

    @Inject RunNotifier notifier;

    @Inject RunExecution execution;

    @Inject RunCompletion completion;

    @Inject EngineWarmUp warmUp;

    @Inject ClusterNode node;

    private final FairQueue<TrainingRun> queue = new FairQueue<>(TrainingRun::learnerId);
    private final Map<String, TrainingRun> runs = new LinkedHashMap<>();

    /** Runs a worker has taken, until that worker is done with them. */
    private final List<TrainingRun> onWorkers = new ArrayList<>();

    private final QueueEstimates estimates = new QueueEstimates();
    private volatile boolean shuttingDown;
    private ExecutorService workers;
    private int workerCount;
    private int busyWorkers;

    void start(@Observes @Priority(10) StartupEvent event) {
        if (node.clustered()) {
            return;
        }
        NativeRuntime.prepare(config.dataDir());
        SpareCores.shared().lend(config.workers().lendCores());
        int interrupted = repository.failInterrupted();
        if (interrupted > 0) {
            LOG.infof(
                    "%d run(s) interrupted by the previous shutdown are marked failed",
                    interrupted);
        }
        workerCount = config.workers().count().orElse(Runtime.getRuntime().availableProcessors());
        AtomicInteger index = new AtomicInteger();
        workers =
                Executors.newFixedThreadPool(
                        workerCount,
                        task -> {
                            Thread thread =
                                    new Thread(
                                            () -> {
                                                NativeRuntime.capThreads(
                                                        config.workers().threadsPerRun());
                                                task.run();
                                            },
                                            "training-worker-" + index.incrementAndGet());
                            thread.setDaemon(true);
                            return thread;
                        });
        warmUp.start();
    }

    void stop(@Observes ShutdownEvent event) {
        synchronized (this) {
            // the runs stopped now end as interrupted, like the waiting ones at the next start
            shuttingDown = true;
            onWorkers.forEach(TrainingRun::requestCancel);
        }
        if (workers != null) {
            workers.shutdown();
            try {
                workers.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public int workerCount() {
        return workerCount;
    }

    @Override
    public synchronized PoolLoad load() {
        return new PoolLoad(workerCount, busyWorkers, queue.size());
    }

    @Override
    public TrainingRun submit(RunRequest request) throws RunRefusedException {
        TrainingRun run =
                new TrainingRun(
                        UUID.randomUUID().toString(),
                        request,
                        Instant.now(),
                        new RunEventLog(config.runs().eventLogSize()));
        enqueue(run);
        return run;
    }

    @Override
    public Optional<RunEventLog> events(String id) {
        return find(id).map(TrainingRun::log);
    }

    /** Queues a run its learner may add, stores it, and hands it to a worker if one is free. */
    private synchronized void enqueue(TrainingRun run) throws RunRefusedException {
        if (shuttingDown) {
            throw new QueueFullException(0);
        }
        if (queue.size() >= config.workers().maxQueued()) {
            throw new QueueFullException(config.workers().maxQueued());
        }
        int unfinished = queue.waitingFor(run.learnerId()) + runningCount(run.learnerId());
        if (unfinished >= run.limits().maxActive()) {
            throw new LearnerBusyException(unfinished);
        }
        long footprint = RunFootprint.bytes(run.spec());
        NativeHeadroom headroom = NativeHeadroom.process(config.memory().limitBytes());
        if (!headroom.fits(footprint)) {
            throw new MemoryShortException(footprint, headroom.free());
        }
        // the source is known once the worker has loaded the data: loading IMDB here would stall
        // every submit
        repository.insert(run, "pending");
        runs.put(run.id(), run);
        queue.offer(run);
        publishEstimates();
        dispatch();
        evictOldRuns();
    }

    @Override
    public HeldLogs heldLogs() {
        List<TrainingRun> held;
        synchronized (this) {
            held = List.copyOf(runs.values());
        }
        // each log is read under its own lock only, never inside the pool's
        long events = 0;
        for (TrainingRun run : held) {
            events += run.log().size();
        }
        return new HeldLogs(held.size(), events);
    }

    @Override
    public synchronized Optional<TrainingRun> find(String id) {
        return Optional.ofNullable(runs.get(id));
    }

    /** Asks a run to stop ({@code owner} null: whoever it belongs to); a waiting one ends at once. */
    @Override
    public synchronized boolean stop(String id, String owner, boolean byInstructor) {
        TrainingRun run = runs.get(id);
        if (run == null
                || (owner != null && !run.learnerId().equals(owner))
                || run.state().isTerminal()) {
            return false;
        }
        if (byInstructor) {
            run.requestCancelByInstructor();
        } else {
            run.requestCancel();
        }
        if (queue.remove(run)) {
            completion.end(run, RunState.CANCELLED, Optional.empty());
            publishEstimates();
        }
        return true;
    }

    /** The unfinished runs, running ones first (oldest start first), then the waiting ones in queue order. */
    @Override
    public synchronized List<ActiveRun> activeRuns() {
        List<ActiveRun> active = new ArrayList<>();
        for (TrainingRun run : runs.values()) {
            RunState state = run.state();
            if (state.isTerminal()) {
                continue;
            }
            Optional<QueueEstimates.QueueSlot> slot =
                    state == RunState.QUEUED ? estimates.slot(run.id()) : Optional.empty();
            active.add(
                    new ActiveRun(
                            run.id(),
                            run.learnerId(),
                            run.lessonId(),
                            run.exerciseId(),
                            state,
                            slot.map(QueueEstimates.QueueSlot::position).orElse(0),
                            slot.map(s -> OptionalLong.of(s.etaSeconds()))
                                    .orElse(OptionalLong.empty()),
                            run.history().size(),
                            run.totalEpochs(),
                            run.progress(),
                            run.createdAt(),
                            run.startedAt(),
                            run.divergence().lastLoss(),
                            run.divergence().diverging()));
        }
        active.sort(
                Comparator.comparing((ActiveRun a) -> a.state() == RunState.QUEUED)
                        .thenComparing(a -> a.startedAt().orElse(Instant.MAX))
                        .thenComparingInt(ActiveRun::queuePosition));
        return active;
    }

    /** Hands waiting runs to idle workers, as long as both exist; the caller holds the lock. */
    private void dispatch() {
        while (busyWorkers < workerCount) {
            TrainingRun next = queue.next(this::canStart);
            if (next == null) {
                return;
            }
            busyWorkers++;
            begin(next);
            workers.execute(() -> work(next));
        }
    }

    /** A worker's life: train its run, then ask the queue for the next one until none can start. */
    private void work(TrainingRun first) {
        TrainingRun run = first;
        while (run != null) {
            // the whole run holds its core, test evaluation and model save included: a core lent to
            // another run meanwhile would be shared by two threads, and that run's split batches
            // would
            // wait for the slower half
            Runnable done = SpareCores.shared().working();
            try {
                execution.train(
                        run,
                        this::epochEnded,
                        () -> shuttingDown,
                        r -> completion.fail(r, RunSummary.INTERRUPTED, ""));
            } finally {
                done.run();
            }
            run = finishAndTakeNext(run);
        }
    }

    private synchronized TrainingRun finishAndTakeNext(TrainingRun done) {
        onWorkers.remove(done);
        TrainingRun next = shuttingDown ? null : queue.next(this::canStart);
        if (next == null) {
            busyWorkers--;
        } else {
            begin(next);
        }
        // the ended run's learner may have another run that can start now, on another idle worker
        dispatch();
        publishEstimates();
        notifier.runsChanged();
        return next;
    }

    /** Every waiting run's place and estimated start, told to the runs whose shown values changed; the caller holds the lock. */
    private void publishEstimates() {
        estimates.publish(queue.order(), onWorkers, workerCount);
    }

    /** After an epoch of a running run: the waiting runs' estimates move, every few seconds at most. */
    private void epochEnded(TrainingRun run, EpochResult result) {
        if (estimates.epochEnded(run, result)) {
            synchronized (this) {
                publishEstimates();
            }
        }
        notifier.runsChanged();
    }

    /** A learner below their running limit may start their next run. */
    private boolean canStart(TrainingRun run) {
        return !shuttingDown && runningCount(run.learnerId()) < run.limits().maxRunning();
    }

    private int runningCount(String learnerId) {
        int count = 0;
        for (TrainingRun run : onWorkers) {
            if (run.learnerId().equals(learnerId) && !run.state().isTerminal()) {
                count++;
            }
        }
        return count;
    }

    private void begin(TrainingRun run) {
        onWorkers.add(run);
        run.state(RunState.RUNNING);
        metrics.started(run);
        run.log().append(StatusEvent.of(RunState.RUNNING, OptionalInt.empty(), Optional.empty()));
    }

    private void evictOldRuns() {
        int excess = runs.size() - config.runs().keptInMemory();
        Iterator<TrainingRun> it = runs.values().iterator();
        while (excess > 0 && it.hasNext()) {
            if (it.next().state().isTerminal()) {
                it.remove();
                excess--;
            }
        }
    }
}
