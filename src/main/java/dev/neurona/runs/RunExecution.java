package dev.neurona.runs;

import dev.neurona.config.NeuronaConfig;
import dev.neurona.data.DatasetLibrary;
import dev.neurona.data.DatasetUnavailableException;
import dev.neurona.data.ExerciseData;
import dev.neurona.data.FeatureMap;
import dev.neurona.data.TrainTestSplit;
import dev.neurona.data.TruthTable;
import dev.neurona.nn.EpochResult;
import dev.neurona.nn.Evaluator;
import dev.neurona.nn.KFoldTrainer;
import dev.neurona.nn.Metric;
import dev.neurona.nn.ModelFiles;
import dev.neurona.nn.NetworkSpec;
import dev.neurona.nn.RegressionEvaluation;
import dev.neurona.nn.SpecTraining;
import dev.neurona.nn.TestEvaluation;
import dev.neurona.nn.TrainingOutcome;
import dev.neurona.runs.events.DecisionMap;
import dev.neurona.runs.events.ResultEvent;
import dev.neurona.runs.events.StatusEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/** One run on its worker: its data, training, test evaluation and saved model, then its end. */
@ApplicationScoped
class RunExecution {

    private static final Logger LOG = Logger.getLogger(RunExecution.class);

    /** The failure code of a run the server had no memory for (run-error.html words it). */
    static final String OUT_OF_MEMORY = "out_of_memory";

    @Inject NeuronaConfig config;

    @Inject DatasetLibrary datasets;

    @Inject RunRepository repository;

    @Inject RunCompletion completion;

    @Inject RunModels models;

    /**
     * Trains {@code run} to its end, whatever happens: every outcome, an error included, ends it.
     * {@code epochEnded} hears of each epoch; {@code shuttingDown} tells a stop by the server apart,
     * and {@code interrupted} ends a run the server stopped (failed here; back to the queue on
     * several nodes).
     */
    void train(
            TrainingRun run,
            BiConsumer<TrainingRun, EpochResult> epochEnded,
            BooleanSupplier shuttingDown,
            Consumer<TrainingRun> interrupted) {
        if (run.state().isTerminal()) {
            return;
        }
        Duration wallTime = run.limits().maxWallTime();
        long started = System.nanoTime();
        try {
            NetworkSpec spec = run.spec();
            // memory may have run short while the run waited: say so rather than fail half-way
            long footprint = RunFootprint.bytes(spec);
            NativeHeadroom headroom = NativeHeadroom.process(config.memory().limitBytes());
            if (!headroom.fits(footprint)) {
                LOG.warnf(
                        "run %s not started: needs about %d MB, %d MB left of the memory budget",
                        run.id(), footprint >> 20, headroom.free() >> 20);
                completion.fail(run, OUT_OF_MEMORY, "");
                return;
            }
            ExerciseData data = SpecTraining.data(spec, datasets);
            if (run.limits().limitsTrainRows()
                    && run.limits().maxTrainRows() < data.train().size()) {
                data = data.withFirstTrainingRows(run.limits().maxTrainRows());
                run.trainRows(data.train().size());
                // the learner should know the curves come from part of the data
                run.log()
                        .append(
                                StatusEvent.of(
                                        RunState.RUNNING, run.trainRows(), Optional.empty()));
            }
            repository.recordStart(run, data.source());
            long setUp = System.nanoTime();
            Optional<PlaneRun> plane = planeOf(spec);
            plane.ifPresent(p -> run.log().append(TrainingEvents.points(p.train(), p.test())));
            RunObserver observer =
                    new RunObserver(
                            run,
                            plane,
                            started + wallTime.toNanos(),
                            config.runs().batchEventInterval().toNanos(),
                            epochEnded);
            TrainingOutcome outcome = SpecTraining.train(spec, data, observer);
            try {
                finish(run, data, outcome, plane, wallTime, started, setUp, shuttingDown, interrupted);
            } finally {
                // the saved file is the model from now on: free the network's native arrays at once
                outcome.network().close();
            }
        } catch (DatasetUnavailableException e) {
            completion.fail(run, "dataset_unavailable", e.getMessage());
        } catch (OutOfMemoryError e) {
            // a native allocation was refused (JavaCPP's maxBytes): this run ends, the server goes
            // on
            LOG.errorf("run %s ran out of memory: %s", run.id(), e.getMessage());
            if (!run.state().isTerminal()) {
                completion.fail(run, OUT_OF_MEMORY, "");
            }
        } catch (Exception | Error e) {
            // even an OutOfMemoryError must end the run and free its worker for the next one
            LOG.errorf(e, "run %s failed", run.id());
            if (!run.state().isTerminal()) {
                completion.fail(run, "internal", e.getClass().getSimpleName());
            }
        }
    }

    /** A trained run's end: interrupted, cancelled or over time, else evaluated, saved and finished. */
    private void finish(
            TrainingRun run,
            ExerciseData data,
            TrainingOutcome outcome,
            Optional<PlaneRun> plane,
            Duration wallTime,
            long started,
            long setUp,
            BooleanSupplier shuttingDown,
            Consumer<TrainingRun> interrupted)
            throws IOException {
        if (outcome.stopped() && shuttingDown.getAsBoolean()) {
            interrupted.accept(run);
            return;
        }
        if (outcome.stopped() && run.cancelRequested()) {
            completion.end(run, RunState.CANCELLED, Optional.empty());
            return;
        }
        if (outcome.stopped()) {
            completion.fail(run, "time_limit", wallTime.toString());
            return;
        }
        long trained = System.nanoTime();
        ResultEvent result = evaluate(run, data, outcome, plane);
        long evaluated = System.nanoTime();
        ModelFiles.save(outcome.network(), models.path(run.id()));
        models.share(run.id());
        long saved = System.nanoTime();
        run.log().append(result);
        completion.end(run, RunState.FINISHED, Optional.of(result));
        if (LOG.isDebugEnabled()) {
            LOG.debugf(
                    "run %s: set-up %d ms, training %d ms, test evaluation %d ms, model save %d ms, summary stored %d ms",
                    run.id(),
                    (setUp - started) / 1_000_000,
                    (trained - setUp) / 1_000_000,
                    (evaluated - trained) / 1_000_000,
                    (saved - evaluated) / 1_000_000,
                    (System.nanoTime() - saved) / 1_000_000);
        }
    }

    /** The raw 2-D points of a playground or XOR run, which its decision map is drawn over. */
    private static Optional<PlaneRun> planeOf(NetworkSpec spec) {
        if (spec.playground().isPresent()) {
            TrainTestSplit split = spec.playground().get().data().split();
            return Optional.of(
                    PlaneRun.of(split.train(), split.test(), spec.playground().get().features()));
        }
        if (spec.dataset().equals(TruthTable.NAME)) {
            return Optional.of(
                    PlaneRun.of(TruthTable.xor(1), TruthTable.xor(1), FeatureMap.COORDINATES));
        }
        return Optional.empty();
    }

    /** Scores the trained network on the test set: a classifier's confusion matrix, a regression's MAE and scatter. */
    private ResultEvent evaluate(
            TrainingRun run, ExerciseData data, TrainingOutcome outcome, Optional<PlaneRun> plane) {
        Evaluator evaluator = new Evaluator(config.runs().misclassifiedShown());
        if (data.isRegression()) {
            RegressionEvaluation evaluation =
                    evaluator.evaluateRegression(outcome.network(), data.train(), data.test());
            run.testScores(new TestScores(evaluation.loss(), Metric.MAE, evaluation.mae()));
            return TrainingEvents.result(
                    evaluation, KFoldTrainer.averageValidationMetric(outcome.history()));
        }
        TestEvaluation evaluation = evaluator.evaluate(outcome.network(), data.test());
        run.testScores(new TestScores(evaluation.loss(), Metric.ACCURACY, evaluation.accuracy()));
        // a plane run keeps its last decision map in the stored result, so a replay after a restart
        // still draws it
        Optional<DecisionMap> map =
                plane.map(
                        p ->
                                TrainingEvents.finalMap(
                                        p.grid(outcome.network()), p.train(), p.test()));
        return TrainingEvents.result(evaluation, data.classNames(), data.name(), map);
    }
}
