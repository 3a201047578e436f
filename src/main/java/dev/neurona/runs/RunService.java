package dev.neurona.runs;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Owns training runs: queues them FIFO on a bounded worker pool, trains them, streams their events
 * into per-run logs and stores their summaries. A run lives on its own: no subscriber, browser or
 * HTTP request is needed for it to finish.
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

    private final LinkedList<TrainingRun> waiting = new LinkedList<>();
    private final Map<String, TrainingRun> runs = new LinkedHashMap<>();
    private ExecutorService workers;
    private int workerCount;
    private volatile boolean engineReady;

    void start(@Observes @Priority(10) StartupEvent event) {
        NativeRuntime.prepare(config.dataDir());
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
            runs.values().forEach(TrainingRun::requestCancel);
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
            preloadTextDatasets();
            // one tiny fit loads the native kernels and JIT-compiles the training path
            new Trainer().train(warmUpSpec(), train.rows(0, 512), new TrainingObserver() {
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
            engineReady = true;
        } catch (DatasetUnavailableException e) {
            LOG.warn(e.getMessage());
        } catch (RuntimeException | LinkageError e) {
            LOG.error("could not prepare the training engine", e);
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
        return new NetworkSpec("mnist", 784, List.of(new DenseLayerSpec(32, Activation.RELU)), 10, Activation.SOFTMAX,
                Loss.CATEGORICAL_CROSSENTROPY, Optimizer.RMSPROP, 0.001, 1, 128, 0, 1);
    }

    public int workerCount() {
        return workerCount;
    }

    /** Whether the warm-up loaded the native libraries and MNIST and trained once: the readiness probe asks. */
    public boolean engineReady() {
        return engineReady;
    }

    /** Workers, runs training and runs waiting, read together under the queue's lock. */
    public synchronized PoolLoad load() {
        int running = (int) runs.values().stream().filter(run -> run.state() == RunState.RUNNING).count();
        return new PoolLoad(workerCount, running, waiting.size());
    }

    /** Queues a run; its first events (queued, position) are in its log when this returns. */
    public TrainingRun submit(String learnerId, String lessonId, String exerciseId, NetworkSpec spec) throws QueueFullException {
        TrainingRun run = new TrainingRun(UUID.randomUUID().toString(), learnerId, lessonId, exerciseId, spec,
                Instant.now(), new RunEventLog(config.runs().eventLogSize()));
        synchronized (this) {
            if (waiting.size() >= config.workers().maxQueued()) {
                throw new QueueFullException(config.workers().maxQueued());
            }
            // the source is known once the worker has loaded the data: loading IMDB here would stall every submit
            repository.insert(run, "pending");
            runs.put(run.id(), run);
            waiting.add(run);
            run.log().append(RunEvent.STATUS, EventJson.status(RunState.QUEUED, waiting.size()));
            evictOldRuns();
        }
        metrics.submitted();
        workers.execute(() -> execute(run));
        return run;
    }

    public synchronized Optional<TrainingRun> find(String id) {
        return Optional.ofNullable(runs.get(id));
    }

    /** Asks a run to stop; only its owner may. A running run stops after its current batch. */
    public boolean cancel(String id, String learnerId) {
        TrainingRun run;
        synchronized (this) {
            run = runs.get(id);
            if (run == null || !run.learnerId().equals(learnerId) || run.state().isTerminal()) {
                return false;
            }
            run.requestCancel();
            if (waiting.remove(run)) {
                end(run, RunState.CANCELLED, Optional.empty());
                publishPositions();
            }
        }
        return true;
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

    private void execute(TrainingRun run) {
        synchronized (this) {
            waiting.remove(run);
            publishPositions();
            if (run.cancelRequested() || run.state().isTerminal()) {
                return;
            }
            run.state(RunState.RUNNING);
            run.log().append(RunEvent.STATUS, EventJson.status(RunState.RUNNING, 0));
        }
        metrics.started(run);
        long deadline = System.nanoTime() + config.runs().maxWallTime().toNanos();
        RunObserver observer = new RunObserver(run, deadline, config.runs().batchEventInterval().toNanos());
        try {
            NetworkSpec spec = run.spec();
            ExerciseData data = SpecTraining.data(spec, datasets);
            repository.recordSource(run.id(), data.source());
            planeOf(spec).ifPresent(plane -> {
                observer.plane = plane;
                run.log().append(RunEvent.POINTS, EventJson.points(plane.train(), plane.test()));
            });
            TrainingOutcome outcome = SpecTraining.train(spec, data, observer);
            if (outcome.stopped() && run.cancelRequested()) {
                end(run, RunState.CANCELLED, Optional.empty());
                return;
            }
            if (outcome.stopped()) {
                run.errorCode("time_limit");
                run.log().append(RunEvent.ERROR, EventJson.error("time_limit", config.runs().maxWallTime().toString()));
                end(run, RunState.FAILED, Optional.empty());
                return;
            }
            String resultJson = evaluate(run, data, outcome, Optional.ofNullable(observer.plane));
            ModelFiles.save(outcome.network(), modelPath(run.id()));
            RunEvent result = run.log().append(RunEvent.RESULT, resultJson);
            end(run, RunState.FINISHED, Optional.of(result.data()));
        } catch (DatasetUnavailableException e) {
            run.errorCode("dataset_unavailable");
            run.log().append(RunEvent.ERROR, EventJson.error("dataset_unavailable", e.getMessage()));
            end(run, RunState.FAILED, Optional.empty());
        } catch (Exception | LinkageError e) {
            LOG.errorf(e, "run %s failed", run.id());
            run.errorCode("internal");
            run.log().append(RunEvent.ERROR, EventJson.error("internal", e.getClass().getSimpleName()));
            end(run, RunState.FAILED, Optional.empty());
        }
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
        run.state(state);
        metrics.ended(run, state);
        run.log().append(RunEvent.STATUS, EventJson.status(state, 0));
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
    }

    private void publishPositions() {
        int position = 1;
        for (TrainingRun queued : waiting) {
            queued.log().append(RunEvent.STATUS, EventJson.status(RunState.QUEUED, position++));
        }
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
        log.append(RunEvent.STATUS, EventJson.status(summary.state(), 0));
        summary.epochEvents().forEach(e -> log.append(RunEvent.EPOCH, e));
        summary.resultEvent().ifPresent(r -> log.append(RunEvent.RESULT, r));
        summary.errorCode().ifPresent(code -> log.append(RunEvent.ERROR, EventJson.error(code, "")));
        log.append(RunEvent.DONE, EventJson.done(summary.state()));
        return log;
    }

    /** Turns training progress into the run's events, throttling batch events to a few per second. */
    private static final class RunObserver implements TrainingObserver {
        private final TrainingRun run;
        private final long deadline;
        private final long batchInterval;
        private long lastBatchEvent;
        private long lastGridEvent;
        /** Set for runs on a plane: each epoch may then stream the decision map. */
        PlaneRun plane;

        RunObserver(TrainingRun run, long deadline, long batchInterval) {
            this.run = run;
            this.deadline = deadline;
            this.batchInterval = batchInterval;
        }

        @Override
        public void onBatch(BatchProgress progress) {
            long now = System.nanoTime();
            if (progress.step() == 1 || progress.step() == progress.steps() || now - lastBatchEvent >= batchInterval) {
                lastBatchEvent = now;
                run.log().append(RunEvent.BATCH, EventJson.batch(progress, run.spec().metric()));
            }
        }

        @Override
        public void onEpoch(EpochResult result) {
            run.addEpoch(result);
            run.log().append(RunEvent.EPOCH, EventJson.epoch(result, run.spec().metric()));
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
