package dev.neurona.runs;

import dev.neurona.config.NativeRuntime;
import dev.neurona.config.NeuronaConfig;

import dev.neurona.data.DatasetLibrary;
import dev.neurona.data.DatasetUnavailableException;
import dev.neurona.data.ExerciseData;
import dev.neurona.data.FeatureMap;
import dev.neurona.data.TrainTestSplit;
import dev.neurona.data.TruthTable;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import dev.neurona.data.TensorDataset;
import dev.neurona.nn.Activation;
import dev.neurona.nn.BatchProgress;
import dev.neurona.nn.DenseLayerSpec;
import dev.neurona.nn.Loss;
import dev.neurona.nn.Optimizer;
import dev.neurona.nn.EpochResult;
import dev.neurona.nn.Evaluator;
import dev.neurona.nn.KFoldTrainer;
import dev.neurona.nn.SpecTraining;
import dev.neurona.nn.Metric;
import dev.neurona.nn.RegressionEvaluation;
import dev.neurona.nn.ModelFiles;
import dev.neurona.nn.NetworkSpec;
import dev.neurona.nn.TestEvaluation;
import dev.neurona.nn.SpareCores;
import dev.neurona.nn.Trainer;
import dev.neurona.nn.TrainingObserver;
import dev.neurona.nn.TrainingOutcome;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Owns training runs: checks them against the learner's limits, queues them fairly between learners
 * ({@link FairQueue}) for a bounded worker pool, trains them, streams their events into per-run logs
 * and stores their summaries. A run lives on its own: no subscriber, browser or HTTP request is
 * needed for it to finish. A free worker asks the queue for the next run; no worker waits on a run.
 */
@ApplicationScoped
public class RunService {

    private static final Logger LOG = Logger.getLogger(RunService.class);

    @Inject
    NeuronaConfig config;

    @Inject
    RunRepository repository;

    @Inject
    DatasetLibrary datasets;

    @Inject
    RunMetrics metrics;

    @Inject
    RunNotifier notifier;

    /** Waiting runs' estimated starts are refreshed this often while runs progress (and at every queue change). */
    private static final long ESTIMATE_REFRESH_NANOS = Duration.ofSeconds(5).toNanos();

    private final FairQueue<TrainingRun> queue = new FairQueue<>(TrainingRun::learnerId);
    private final Map<String, TrainingRun> runs = new LinkedHashMap<>();
    /** Runs a worker has taken, until that worker is done with them. */
    private final List<TrainingRun> onWorkers = new ArrayList<>();
    private final EpochTimes epochTimes = new EpochTimes();
    /** Each waiting run's place and estimated start, as last published. */
    private Map<String, QueueSlot> queueSlots = Map.of();
    /** What each waiting run's log last said (position and rounded start), so unchanged estimates are not re-sent. */
    private final Map<String, String> publishedSlots = new HashMap<>();
    private volatile long lastEstimate;
    private volatile boolean shuttingDown;
    private ExecutorService workers;
    private int workerCount;
    private volatile boolean engineReady;
    private int busyWorkers;

    /** A waiting run's place in the queue and the seconds until it should start. */
    private record QueueSlot(int position, long etaSeconds) {
    }

    void start(@Observes @Priority(10) StartupEvent event) {
        NativeRuntime.prepare(config.dataDir());
        SpareCores.shared().lend(config.workers().lendCores());
        int interrupted = repository.failInterrupted();
        if (interrupted > 0) {
            LOG.infof("%d run(s) interrupted by the previous shutdown are marked failed", interrupted);
        }
        workerCount = config.workers().count().orElse(Runtime.getRuntime().availableProcessors());
        AtomicInteger index = new AtomicInteger();
        workers = Executors.newFixedThreadPool(workerCount, task -> {
            Thread thread = new Thread(() -> {
                NativeRuntime.capThreads(config.workers().threadsPerRun());
                task.run();
            }, "training-worker-" + index.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        Thread warmUp = new Thread(this::warmUp, "training-warm-up");
        warmUp.setDaemon(true);
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

    /** Loads the native libraries and the datasets ahead of the first run, so it starts streaming at once. */
    private void warmUp() {
        try {
            NativeRuntime.capThreads(config.workers().threadsPerRun());
            TensorDataset train = datasets.mnistTrain();
            datasets.mnistTest();
            if (!config.workers().fullWarmUp()) {
                engineReady = true;
                return;
            }
            preloadTextDatasets();
            // a small fit loads the native kernels and gets the fast step's loops JIT-compiled (64 batches:
            // with 4, a learner's first run still spent its first epoch in the interpreter, twice as slow)
            // and the test evaluation's, so a learner's first run ending does not recompile the others' loops
            TrainingOutcome warm = new Trainer().train(warmUpSpec(), train.rows(0, 2048), new TrainingObserver() {
                @Override
                public void onBatch(BatchProgress progress) {
                }

                @Override
                public void onEpoch(EpochResult result) {
                }

                @Override
                public boolean stopRequested() {
                    return false;
                }
            });
            new Evaluator(0).evaluate(warm.network(), datasets.mnistTest().view(0, 2500));
            warmUpModelSave(warm);
            engineReady = true;
        } catch (DatasetUnavailableException e) {
            LOG.warn(e.getMessage());
        } catch (RuntimeException | LinkageError e) {
            LOG.error("could not prepare the training engine", e);
        }
    }

    /** The first model saved in a process took 0.33 s instead of 0.11 (class loading, the zip path's JIT): paid here, not by a learner. */
    private static void warmUpModelSave(TrainingOutcome warm) {
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("neurona-warm-up", ".zip");
            try {
                ModelFiles.save(warm.network(), file);
            } finally {
                java.nio.file.Files.deleteIfExists(file);
            }
        } catch (java.io.IOException | RuntimeException e) {
            // only a warm-up: the engine is ready either way
            LOG.debugf("warm-up model save skipped: %s", e.getMessage());
        }
    }

    /** Tokenizing IMDB and Reuters takes seconds: done ahead, the first module-3 run starts at once. */
    private void preloadTextDatasets() {
        for (String name : List.of(dev.neurona.data.Imdb.NAME, dev.neurona.data.Reuters.NAME, dev.neurona.data.BostonHousing.NAME)) {
            if (datasets.isAvailable(name)) {
                try {
                    datasets.exerciseData(name);
                } catch (DatasetUnavailableException e) {
                    LOG.warn(e.getMessage());
                }
            }
        }
    }

    private static NetworkSpec warmUpSpec() {
        return new NetworkSpec("mnist", 784, List.of(new DenseLayerSpec(64, Activation.RELU)), 10, Activation.SOFTMAX,
                Loss.CATEGORICAL_CROSSENTROPY, Optimizer.RMSPROP, 0.001, 4, 128, 0, 1);
    }

    public int workerCount() {
        return workerCount;
    }

    /** Whether the warm-up loaded the native libraries and MNIST and trained once: the readiness probe asks. */
    public boolean engineReady() {
        return engineReady;
    }

    /** Workers, workers busy with a run and runs waiting, read together under the queue's lock. */
    public synchronized PoolLoad load() {
        return new PoolLoad(workerCount, busyWorkers, queue.size());
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
        TrainingRun run = new TrainingRun(UUID.randomUUID().toString(), request, Instant.now(),
                new RunEventLog(config.runs().eventLogSize()));
        synchronized (this) {
            if (shuttingDown) {
                throw new QueueFullException(0);
            }
            if (queue.size() >= config.workers().maxQueued()) {
                throw new QueueFullException(config.workers().maxQueued());
            }
            int unfinished = queue.waitingFor(run.learnerId()) + runningCount(run.learnerId());
            if (unfinished >= request.limits().maxActive()) {
                throw new LearnerBusyException(unfinished);
            }
            // the source is known once the worker has loaded the data: loading IMDB here would stall every submit
            repository.insert(run, "pending");
            runs.put(run.id(), run);
            queue.offer(run);
            publishQueue();
            dispatch();
            evictOldRuns();
        }
        metrics.submitted();
        notifier.runsChanged();
        return run;
    }

    public synchronized Optional<TrainingRun> find(String id) {
        return Optional.ofNullable(runs.get(id));
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
        synchronized (this) {
            TrainingRun run = runs.get(id);
            if (run == null || (owner != null && !run.learnerId().equals(owner)) || run.state().isTerminal()) {
                return false;
            }
            if (byInstructor) {
                run.requestCancelByInstructor();
            } else {
                run.requestCancel();
            }
            if (queue.remove(run)) {
                end(run, RunState.CANCELLED, Optional.empty());
                publishQueue();
            }
        }
        notifier.runsChanged();
        return true;
    }

    /**
     * The unfinished runs of the whole server, running ones first (oldest start first), then the
     * waiting ones in queue order, with their progress and estimated starts.
     */
    public synchronized List<ActiveRun> activeRuns() {
        List<ActiveRun> active = new ArrayList<>();
        for (TrainingRun run : runs.values()) {
            RunState state = run.state();
            if (state.isTerminal()) {
                continue;
            }
            QueueSlot slot = state == RunState.QUEUED ? queueSlots.get(run.id()) : null;
            active.add(new ActiveRun(run.id(), run.learnerId(), run.lessonId(), run.exerciseId(), state,
                    slot == null ? 0 : slot.position(), slot == null ? OptionalLong.empty() : OptionalLong.of(slot.etaSeconds()),
                    run.history().size(), run.totalEpochs(), run.progress(), run.createdAt(), run.startedAt(),
                    run.divergence().lastLoss(), run.divergence().diverging()));
        }
        active.sort(Comparator.comparing((ActiveRun a) -> a.state() == RunState.QUEUED)
                .thenComparing(a -> a.startedAt().orElse(Instant.MAX))
                .thenComparingInt(ActiveRun::queuePosition));
        return active;
    }

    /**
     * The events of a run for streaming: the live log of a run this process knows, or one
     * rebuilt from the stored summary of a run from before a restart.
     */
    public Optional<RunEventLog> events(String id) {
        Optional<TrainingRun> live = find(id);
        if (live.isPresent()) {
            return Optional.of(live.get().log());
        }
        return repository.find(id).map(RunService::replayLog);
    }

    public Optional<RunSummary> summary(String id) {
        return repository.find(id);
    }

    public List<RunSummary> history(String learnerId, int limit) {
        return repository.forLearner(learnerId, limit);
    }

    /** The saved model of a finished run, if it has one. */
    public Optional<Path> modelFile(String id) {
        Path file;
        try {
            file = modelPath(id);
        } catch (IllegalArgumentException notARunId) {
            return Optional.empty();
        }
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private Path modelPath(String id) {
        return config.dataDir().resolve("models").resolve(UUID.fromString(id) + ".zip");
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
            // another run meanwhile would be shared by two threads, and that run's split batches would
            // wait for the slower half
            Runnable done = SpareCores.shared().working();
            try {
                train(run);
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
        publishQueue();
        notifier.runsChanged();
        return next;
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
        run.log().append(RunEvent.STATUS, EventJson.status(RunState.RUNNING, 0));
    }

    private void train(TrainingRun run) {
        if (run.state().isTerminal()) {
            return;
        }
        Duration wallTime = run.limits().maxWallTime();
        long started = System.nanoTime();
        long deadline = started + wallTime.toNanos();
        RunObserver observer = new RunObserver(run, deadline, config.runs().batchEventInterval().toNanos());
        try {
            NetworkSpec spec = run.spec();
            ExerciseData data = SpecTraining.data(spec, datasets);
            if (run.limits().limitsTrainRows() && run.limits().maxTrainRows() < data.train().size()) {
                data = data.withFirstTrainingRows(run.limits().maxTrainRows());
                run.trainRows(data.train().size());
                // the learner should know the curves come from part of the data
                run.log().append(RunEvent.STATUS, EventJson.status(RunState.RUNNING, 0, trainRowsDetail(run)));
            }
            repository.recordStart(run, data.source());
            long setUp = System.nanoTime();
            planeOf(spec).ifPresent(plane -> {
                observer.plane = plane;
                run.log().append(RunEvent.POINTS, EventJson.points(plane.train(), plane.test()));
            });
            TrainingOutcome outcome = SpecTraining.train(spec, data, observer);
            if (outcome.stopped() && shuttingDown) {
                run.errorCode(RunSummary.INTERRUPTED);
                run.log().append(RunEvent.ERROR, EventJson.error(RunSummary.INTERRUPTED, ""));
                end(run, RunState.FAILED, Optional.empty());
                return;
            }
            if (outcome.stopped() && run.cancelRequested()) {
                end(run, RunState.CANCELLED, Optional.empty());
                return;
            }
            if (outcome.stopped()) {
                run.errorCode("time_limit");
                run.log().append(RunEvent.ERROR, EventJson.error("time_limit", wallTime.toString()));
                end(run, RunState.FAILED, Optional.empty());
                return;
            }
            long trained = System.nanoTime();
            String resultJson = evaluate(run, data, outcome, Optional.ofNullable(observer.plane));
            long evaluated = System.nanoTime();
            ModelFiles.save(outcome.network(), modelPath(run.id()));
            long saved = System.nanoTime();
            RunEvent result = run.log().append(RunEvent.RESULT, resultJson);
            end(run, RunState.FINISHED, Optional.of(result.data()));
            if (LOG.isDebugEnabled()) {
                LOG.debugf("run %s: set-up %d ms, training %d ms, test evaluation %d ms, model save %d ms, summary stored %d ms",
                        run.id(), (setUp - started) / 1_000_000, (trained - setUp) / 1_000_000, (evaluated - trained) / 1_000_000,
                        (saved - evaluated) / 1_000_000, (System.nanoTime() - saved) / 1_000_000);
            }
        } catch (DatasetUnavailableException e) {
            run.errorCode("dataset_unavailable");
            run.log().append(RunEvent.ERROR, EventJson.error("dataset_unavailable", e.getMessage()));
            end(run, RunState.FAILED, Optional.empty());
        } catch (Exception | Error e) {
            // even an OutOfMemoryError must end the run and free its worker for the next one
            LOG.errorf(e, "run %s failed", run.id());
            if (!run.state().isTerminal()) {
                run.errorCode("internal");
                run.log().append(RunEvent.ERROR, EventJson.error("internal", e.getClass().getSimpleName()));
                end(run, RunState.FAILED, Optional.empty());
            }
        }
    }

    private static Map<String, Object> trainRowsDetail(TrainingRun run) {
        Map<String, Object> detail = new LinkedHashMap<>();
        run.trainRows().ifPresent(rows -> detail.put("train_rows", rows));
        return detail;
    }

    /** The raw 2-D points of a playground or XOR run, which its decision map is drawn over. */
    private static Optional<PlaneRun> planeOf(NetworkSpec spec) {
        if (spec.playground().isPresent()) {
            TrainTestSplit split = spec.playground().get().data().split();
            return Optional.of(PlaneRun.of(split.train(), split.test(), spec.playground().get().features()));
        }
        if (spec.dataset().equals(TruthTable.NAME)) {
            return Optional.of(PlaneRun.of(TruthTable.xor(1), TruthTable.xor(1), FeatureMap.COORDINATES));
        }
        return Optional.empty();
    }

    /** Scores the trained network on the test set: a classifier's confusion matrix, a regression's MAE and scatter. */
    private String evaluate(TrainingRun run, ExerciseData data, TrainingOutcome outcome, Optional<PlaneRun> plane) {
        Evaluator evaluator = new Evaluator(config.runs().misclassifiedShown());
        if (data.isRegression()) {
            RegressionEvaluation evaluation = evaluator.evaluateRegression(outcome.network(), data.train(), data.test());
            run.testScores(new TestScores(evaluation.loss(), Metric.MAE, evaluation.mae()));
            return EventJson.result(evaluation, KFoldTrainer.averageValidationMetric(outcome.history()));
        }
        TestEvaluation evaluation = evaluator.evaluate(outcome.network(), data.test());
        run.testScores(new TestScores(evaluation.loss(), Metric.ACCURACY, evaluation.accuracy()));
        // a plane run keeps its last decision map in the stored result, so a replay after a restart still draws it
        Optional<java.util.Map<String, Object>> map = plane.map(p -> EventJson.finalMap(p.grid(outcome.network()), p.train(), p.test()));
        return EventJson.result(evaluation, data.classNames(), data.name(), map);
    }

    private void end(TrainingRun run, RunState state, Optional<String> resultEvent) {
        if (state == RunState.CANCELLED && run.cancelledByInstructor()) {
            run.errorCode(RunSummary.CANCELLED_BY_INSTRUCTOR);
            run.log().append(RunEvent.ERROR, EventJson.error(RunSummary.CANCELLED_BY_INSTRUCTOR, ""));
        }
        run.state(state);
        metrics.ended(run, state);
        Map<String, Object> detail = trainRowsDetail(run);
        run.errorCode().ifPresent(code -> detail.put("reason", code));
        run.log().append(RunEvent.STATUS, EventJson.status(state, 0, detail));
        List<String> epochs = new ArrayList<>();
        for (EpochResult r : run.history()) {
            epochs.add(EventJson.epoch(r, run.spec().metric()));
        }
        try {
            repository.finish(run, epochs, resultEvent);
        } catch (RuntimeException e) {
            LOG.errorf(e, "could not store the summary of run %s", run.id());
        }
        run.log().append(RunEvent.DONE, EventJson.done(state));
        notifier.runEnded(new RunEnded(run.id(), run.learnerId(), run.exerciseId(), state));
        notifier.runsChanged();
    }

    /**
     * Works out every waiting run's place and estimated start, and tells each run whose place or
     * rounded estimate changed; the caller holds the lock.
     */
    private void publishQueue() {
        List<TrainingRun> order = queue.order();
        List<StartEstimator.Busy> busy = new ArrayList<>();
        for (TrainingRun run : onWorkers) {
            if (!run.state().isTerminal()) {
                busy.add(new StartEstimator.Busy(run.learnerId(), remainingSeconds(run)));
            }
        }
        List<StartEstimator.Pending> pending = new ArrayList<>();
        for (TrainingRun run : order) {
            pending.add(new StartEstimator.Pending(run.learnerId(), expectedSeconds(run), run.limits().maxRunning()));
        }
        long[] starts = StartEstimator.startSeconds(workerCount, busy, pending);
        Map<String, QueueSlot> slots = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            TrainingRun run = order.get(i);
            long eta = StartEstimator.rounded(starts[i]);
            slots.put(run.id(), new QueueSlot(i + 1, starts[i]));
            String shown = (i + 1) + "@" + eta;
            if (!shown.equals(publishedSlots.put(run.id(), shown))) {
                run.log().append(RunEvent.STATUS, EventJson.status(RunState.QUEUED, i + 1, Map.of("eta_seconds", eta)));
            }
        }
        publishedSlots.keySet().retainAll(slots.keySet());
        queueSlots = slots;
        lastEstimate = System.nanoTime();
    }

    /** A running run's time left: extrapolated from its progress, or its epochs at the exercise's recent pace. */
    private double remainingSeconds(TrainingRun run) {
        double elapsed = run.startedAt().map(t -> Duration.between(t, Instant.now()).toMillis() / 1000.0).orElse(0.0);
        double progress = run.progress();
        double remaining = progress >= 0.05
                ? elapsed * (1 - progress) / progress
                : run.totalEpochs() * epochTimes.perEpoch(run.exerciseId()) * (1 - progress);
        return Math.max(0, Math.min(remaining, run.limits().maxWallTime().toSeconds() - elapsed));
    }

    private double expectedSeconds(TrainingRun run) {
        return Math.min(run.totalEpochs() * epochTimes.perEpoch(run.exerciseId()), run.limits().maxWallTime().toSeconds());
    }

    /** After an epoch of a running run: the waiting runs' estimates move, every few seconds at most. */
    private void epochEnded(TrainingRun run, EpochResult result) {
        epochTimes.record(run.exerciseId(), result.seconds());
        if (System.nanoTime() - lastEstimate > ESTIMATE_REFRESH_NANOS) {
            synchronized (this) {
                if (!queue.isEmpty()) {
                    publishQueue();
                }
                lastEstimate = System.nanoTime();
            }
        }
        notifier.runsChanged();
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

    private static RunEventLog replayLog(RunSummary summary) {
        RunEventLog log = new RunEventLog(summary.epochEvents().size() + 8);
        Map<String, Object> detail = new LinkedHashMap<>();
        summary.trainRows().ifPresent(rows -> detail.put("train_rows", rows));
        summary.errorCode().ifPresent(code -> detail.put("reason", code));
        log.append(RunEvent.STATUS, EventJson.status(summary.state(), 0, detail));
        summary.epochEvents().forEach(e -> log.append(RunEvent.EPOCH, e));
        summary.resultEvent().ifPresent(r -> log.append(RunEvent.RESULT, r));
        summary.errorCode().ifPresent(code -> log.append(RunEvent.ERROR, EventJson.error(code, "")));
        log.append(RunEvent.DONE, EventJson.done(summary.state()));
        return log;
    }

    /**
     * Turns training progress into the run's events (batch events throttled to a few per second), its
     * progress and divergence watch, and the queue's estimates.
     */
    private final class RunObserver implements TrainingObserver {
        private final TrainingRun run;
        private final long deadline;
        private final long batchInterval;
        private long lastBatchEvent;
        private long lastGridEvent;
        private int epochsDone;
        /** Set for runs on a plane: each epoch may then stream the decision map. */
        PlaneRun plane;

        RunObserver(TrainingRun run, long deadline, long batchInterval) {
            this.run = run;
            this.deadline = deadline;
            this.batchInterval = batchInterval;
        }

        @Override
        public void onBatch(BatchProgress progress) {
            run.progress((epochsDone + (double) progress.step() / progress.steps()) / run.totalEpochs());
            run.divergence().onBatch(progress.loss());
            long now = System.nanoTime();
            if (progress.step() == 1 || progress.step() == progress.steps() || now - lastBatchEvent >= batchInterval) {
                lastBatchEvent = now;
                run.log().append(RunEvent.BATCH, EventJson.batch(progress, run.spec().metric()));
            }
        }

        @Override
        public void onEpoch(EpochResult result) {
            epochsDone++;
            run.progress((double) epochsDone / run.totalEpochs());
            run.divergence().onEpoch(result.loss());
            run.addEpoch(result);
            run.log().append(RunEvent.EPOCH, EventJson.epoch(result, run.spec().metric()));
            epochEnded(run, result);
        }

        @Override
        public void onNetwork(EpochResult result, MultiLayerNetwork network) {
            long now = System.nanoTime();
            boolean last = result.epoch() == result.epochs();
            // a grid every ~150 ms is smooth enough to watch and keeps the log small on 500-epoch runs
            if (plane == null || (!last && result.epoch() > 1 && now - lastGridEvent < GRID_INTERVAL_NANOS)) {
                return;
            }
            lastGridEvent = now;
            run.log().append(RunEvent.GRID, EventJson.grid(result.epoch(), plane.grid(network), plane.testLoss(network)));
        }

        @Override
        public boolean stopRequested() {
            return run.cancelRequested() || System.nanoTime() > deadline;
        }
    }

    private static final long GRID_INTERVAL_NANOS = 150_000_000L;
}
