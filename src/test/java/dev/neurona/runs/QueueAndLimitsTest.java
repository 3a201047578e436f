package dev.neurona.runs;

import dev.neurona.config.NeuronaConfig;

import static dev.neurona.support.RunAwait.awaitEnd;
import static dev.neurona.support.RunAwait.awaitRunning;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.nn.NetworkSpec;
import dev.neurona.nn.SpecParser;
import dev.neurona.support.MnistSpecs;
import dev.neurona.support.OneWorker;
import dev.neurona.support.RunEventsRecorder;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One worker, to watch the fair queue and the learners' limits at work. */
@QuarkusTest
@TestProfile(OneWorker.class)
class QueueAndLimitsTest {

    @Inject
    RunService runs;

    @Inject
    SpecParser parser;

    @Inject
    NeuronaConfig config;

    @Inject
    RunEventsRecorder recorder;

    NetworkSpec spec(String hidden, int epochs, int batch) {
        return MnistSpecs.spec(parser, hidden, epochs, batch);
    }

    private RunRequest request(String learner, NetworkSpec spec) {
        return new RunRequest(learner, "1.5", "mnist-1-5", spec, RunLimits.defaults(config));
    }

    private RunRequest request(String learner, NetworkSpec spec, RunLimits limits) {
        return new RunRequest(learner, "1.5", "mnist-1-5", spec, limits);
    }

    private RunLimits queueing(int maxQueued) {
        RunLimits defaults = RunLimits.defaults(config);
        return new RunLimits(defaults.maxEpochs(), defaults.maxParameters(), defaults.maxWallTime(), 0, 1, maxQueued);
    }

    /** A run that keeps the only worker busy until it is cancelled. */
    private TrainingRun occupyTheWorker(String learner) throws Exception {
        TrainingRun blocker = runs.submit(request(learner, spec("256 relu", 50, 128)));
        awaitRunning(blocker);
        return blocker;
    }

    static List<String> statuses(TrainingRun run) {
        return run.log().snapshot().stream().filter(e -> e.type().equals(RunEvent.STATUS)).map(RunEvent::json).toList();
    }

    @Test
    void runsWaitTheirTurnInOrderAndSeeTheirPositionAndStartMove() throws Exception {
        TrainingRun first = occupyTheWorker("learner-a");
        TrainingRun second = runs.submit(request("learner-b", spec("16 relu", 1, 1024)));
        TrainingRun third = runs.submit(request("learner-c", spec("16 relu", 1, 1024)));
        assertTrue(statuses(second).get(0).contains("\"position\":1"), statuses(second).toString());
        assertTrue(statuses(third).get(0).contains("\"position\":2"), statuses(third).toString());
        assertTrue(statuses(third).get(0).contains("\"eta_seconds\":"), "an estimated start: " + statuses(third));

        List<ActiveRun> active = runs.activeRuns();
        assertEquals(List.of(first.id(), second.id(), third.id()), active.stream().map(ActiveRun::runId).toList(),
                "running first, then the queue in order");
        assertEquals(RunState.RUNNING, active.get(0).state());
        assertEquals(50, active.get(0).epochs());
        assertEquals(2, active.get(2).queuePosition());
        assertTrue(active.get(2).etaSeconds().orElseThrow() >= active.get(1).etaSeconds().orElseThrow(),
                "the second in line starts no sooner than the first: " + active);
        assertTrue(active.get(0).startedAt().isPresent());
        assertTrue(active.get(1).startedAt().isEmpty());

        assertTrue(runs.cancel(first.id(), "learner-a"));
        awaitEnd(first, Duration.ofSeconds(30));
        assertEquals(RunState.CANCELLED, first.state());
        awaitEnd(second, Duration.ofSeconds(60));
        awaitEnd(third, Duration.ofSeconds(60));

        List<String> thirdStatuses = statuses(third);
        int running = indexOf(thirdStatuses, "running");
        assertTrue(thirdStatuses.subList(0, running).stream().anyMatch(s -> s.contains("\"position\":1")),
                "moved up once the first run stopped: " + thirdStatuses);
        assertEquals(RunState.FINISHED, second.state());
        assertEquals(RunState.FINISHED, third.state());
        assertTrue(second.finishedAt().orElseThrow().isBefore(third.finishedAt().orElseThrow()), "first come, first served");
        assertTrue(runs.summary(third.id()).orElseThrow().startedAt().isPresent(), "the start is stored");
    }

    private static int indexOf(List<String> statuses, String state) {
        for (int i = 0; i < statuses.size(); i++) {
            if (statuses.get(i).contains("\"state\":\"" + state + "\"")) {
                return i;
            }
        }
        throw new AssertionError("no " + state + " status in " + statuses);
    }

    @Test
    void aLearnerWhoQueuesManyRunsGetsOneTurnPerRound() throws Exception {
        TrainingRun blocker = occupyTheWorker("learner-blocking");
        RunLimits many = queueing(5);
        TrainingRun a1 = runs.submit(request("learner-many", spec("8 relu", 1, 2048), many));
        TrainingRun a2 = runs.submit(request("learner-many", spec("8 relu", 1, 2048), many));
        TrainingRun a3 = runs.submit(request("learner-many", spec("8 relu", 1, 2048), many));
        TrainingRun b = runs.submit(request("learner-one", spec("8 relu", 1, 2048)));
        TrainingRun c = runs.submit(request("learner-other", spec("8 relu", 1, 2048)));
        assertEquals(List.of(blocker.id(), a1.id(), b.id(), c.id(), a2.id(), a3.id()),
                runs.activeRuns().stream().map(ActiveRun::runId).toList(), "the queue's order, round by round");

        runs.cancel(blocker.id(), "learner-blocking");
        for (TrainingRun run : List.of(a1, a2, a3, b, c)) {
            awaitEnd(run, Duration.ofSeconds(120));
            assertEquals(RunState.FINISHED, run.state());
        }
        List<String> started = List.of(a1, a2, a3, b, c).stream()
                .sorted(Comparator.comparing((TrainingRun r) -> r.startedAt().orElseThrow()))
                .map(TrainingRun::id).toList();
        assertEquals(List.of(a1.id(), b.id(), c.id(), a2.id(), a3.id()), started, "b and c do not wait for all of a's runs");
    }

    @Test
    void aLearnerHasOneRunTrainingAndOneWaitingAtMost() throws Exception {
        TrainingRun blocker = occupyTheWorker("learner-busy");
        TrainingRun waiting = runs.submit(request("learner-busy", spec("16 relu", 1, 1024)));
        LearnerBusyException refused = assertThrows(LearnerBusyException.class,
                () -> runs.submit(request("learner-busy", spec("16 relu", 1, 1024))));
        assertEquals(2, refused.active());
        assertEquals(RunState.QUEUED, waiting.state());

        TrainingRun someoneElse = runs.submit(request("learner-free", spec("16 relu", 1, 1024)));
        runs.cancel(blocker.id(), "learner-busy");
        awaitEnd(waiting, Duration.ofSeconds(60));
        awaitEnd(someoneElse, Duration.ofSeconds(60));
        TrainingRun again = runs.submit(request("learner-busy", spec("16 relu", 1, 1024)));
        assertTrue(statuses(again).get(0).contains("queued"), "accepted once a run ended");
        awaitEnd(again, Duration.ofSeconds(60));
    }

    @Test
    void aSpecOverTheClassLimitsIsRefusedFieldByField() {
        RunLimits tight = new RunLimits(20, 10_000, Duration.ofMinutes(5), 0, 1, 1);
        LimitsExceededException refused = assertThrows(LimitsExceededException.class,
                () -> runs.submit(request("learner-limited", spec("64 relu", 30, 128), tight)));
        assertEquals(List.of(new LimitViolation("epochs", LimitViolation.Kind.EPOCHS, 20, 30),
                new LimitViolation("hidden", LimitViolation.Kind.PARAMETERS, 10_000, 50_890)), refused.violations());
        assertTrue(runs.activeRuns().stream().noneMatch(r -> r.learnerId().equals("learner-limited")), "nothing queued");
    }

    @Test
    void aClassLimitOnRowsTrainsOnTheFirstRowsAndSaysSo() throws Exception {
        RunLimits rows = new RunLimits(20, 100_000, Duration.ofMinutes(5), 1000, 1, 1);
        TrainingRun run = runs.submit(request("learner-rows", spec("16 relu", 2, 1024), rows));
        awaitEnd(run, Duration.ofSeconds(60));
        assertEquals(RunState.FINISHED, run.state());
        assertTrue(run.history().stream().allMatch(e -> e.steps() == 1), "1,000 rows in batches of 1,024: one step");
        assertTrue(statuses(run).stream().anyMatch(s -> s.contains("\"train_rows\":1000")), statuses(run).toString());
        assertEquals(1000, runs.summary(run.id()).orElseThrow().trainRows().orElseThrow());
    }

    @Test
    void anInstructorCanStopAnyRunAndTheLogSaysWho() throws Exception {
        TrainingRun running = occupyTheWorker("learner-stopped");
        TrainingRun waiting = runs.submit(request("learner-waiting", spec("16 relu", 1, 1024)));
        assertTrue(runs.cancelAny(waiting.id()));
        assertTrue(runs.cancelAny(running.id()));
        awaitEnd(running, Duration.ofSeconds(30));
        for (TrainingRun run : List.of(waiting, running)) {
            assertEquals(RunState.CANCELLED, run.state());
            assertTrue(run.log().snapshot().stream().anyMatch(e -> e.type().equals(RunEvent.ERROR)
                    && e.json().contains(RunSummary.CANCELLED_BY_INSTRUCTOR)), run.log().snapshot().toString());
            RunSummary stored = runs.summary(run.id()).orElseThrow();
            assertEquals(RunSummary.CANCELLED_BY_INSTRUCTOR, stored.errorCode().orElseThrow());
            assertEquals(RunState.CANCELLED, stored.state());
        }
        assertFalse(runs.cancelAny(running.id()), "already stopped");
    }

    @Test
    void endsAndChangesAreAnnouncedAfterTheSummaryIsStored() throws Exception {
        int changesBefore = recorder.changes();
        TrainingRun run = runs.submit(request("learner-announced", spec("16 relu", 1, 1024)));
        awaitEnd(run, Duration.ofSeconds(60));
        RunEnded ended = recorder.awaitEnded(run.id(), Duration.ofSeconds(10));
        assertEquals(new RunEnded(run.id(), "learner-announced", "mnist-1-5", RunState.FINISHED), ended);
        assertEquals(RunState.FINISHED, recorder.storedStateWhenEnded(run.id()), "stored before the event");
        assertTrue(recorder.changes() > changesBefore);
        assertTrue(runs.activeRuns().stream().noneMatch(r -> r.runId().equals(run.id())));
    }

    @Test
    void onlyTheOwnerMayCancel() throws Exception {
        TrainingRun run = runs.submit(request("owner", spec("16 relu", 1, 1024)));
        assertTrue(!runs.cancel(run.id(), "someone-else"));
        awaitEnd(run, Duration.ofSeconds(60));
        assertEquals(RunState.FINISHED, run.state());
        assertTrue(run.startedAt().orElseThrow().isBefore(Instant.now()));
    }
}
