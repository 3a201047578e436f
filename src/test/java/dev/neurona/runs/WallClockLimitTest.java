package dev.neurona.runs;

import dev.neurona.config.NeuronaConfig;

import static dev.neurona.support.RunAwait.awaitEnd;
import static dev.neurona.support.RunAwait.awaitRunning;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.nn.SpecParser;
import dev.neurona.support.MnistSpecs;
import dev.neurona.support.OneWorker;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A 3-second wall-clock limit per run and one worker: a long run is stopped with a clear error. The limit is the
 * run's own (as a class sets it), on the one-worker server the queue tests share, so no server starts for it alone;
 * that {@code neurona.runs.max-wall-time} sets the default limit is checked on the same server.
 */
@QuarkusTest
@TestProfile(OneWorker.class)
class WallClockLimitTest {

    @Inject
    RunService runs;

    @Inject
    SpecParser parser;

    @Inject
    NeuronaConfig config;

    private RunRequest request(String learner, dev.neurona.nn.NetworkSpec spec) {
        RunLimits defaults = RunLimits.defaults(config);
        RunLimits threeSeconds = new RunLimits(defaults.maxEpochs(), defaults.maxParameters(), Duration.ofSeconds(3),
                defaults.maxTrainRows(), defaults.maxRunning(), defaults.maxQueued());
        return new RunRequest(learner, "1.5", "mnist-1-5", spec, threeSeconds);
    }

    @Test
    void theServersWallClockLimitIsTheDefaultForEveryRun() {
        assertEquals(Duration.parse("PT" + OneWorker.MAX_WALL_TIME), RunLimits.defaults(config).maxWallTime());
    }

    @Test
    void aRunPastItsWallClockLimitStopsWithAClearError() throws Exception {
        TrainingRun longRun = runs.submit(request("learner-d", MnistSpecs.spec(parser, "512 relu", 50, 64)));
        awaitRunning(longRun);
        TrainingRun waiting = runs.submit(request("learner-e", MnistSpecs.spec(parser, "16 relu", 1, 1024)));
        assertTrue(runs.cancel(waiting.id(), "learner-e"), "a queued run can be cancelled");
        assertTrue(waiting.log().isClosed(), "cancelled at once, without waiting for a worker");
        assertEquals(RunState.CANCELLED, waiting.state());
        assertTrue(waiting.log().snapshot().stream().noneMatch(e -> e.json().contains("running")));

        awaitEnd(longRun, Duration.ofSeconds(60));
        assertEquals(RunState.FAILED, longRun.state());
        assertEquals("time_limit", longRun.errorCode().orElseThrow());
        assertTrue(longRun.history().size() < 50);
        assertEquals(RunState.FAILED, runs.summary(longRun.id()).orElseThrow().state(), "stored as failed");
    }
}
