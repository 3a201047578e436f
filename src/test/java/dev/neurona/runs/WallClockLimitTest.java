package dev.neurona.runs;

import dev.neurona.config.NeuronaConfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.nn.SpecParser;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A 3-second wall-clock limit per run and one worker: a long run is stopped with a clear error. */
@QuarkusTest
@TestProfile(WallClockLimitTest.ShortLimit.class)
class WallClockLimitTest {

    /** One worker, three seconds per run. */
    public static class ShortLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("neurona.workers.count", "1", "neurona.runs.max-wall-time", "3s");
        }
    }

    @Inject
    RunService runs;

    @Inject
    SpecParser parser;

    @Inject
    NeuronaConfig config;

    private RunRequest request(String learner, dev.neurona.nn.NetworkSpec spec) {
        return new RunRequest(learner, "1.5", "mnist-1-5", spec, RunLimits.defaults(config));
    }

    private QueueAndLimitsTest specs() {
        QueueAndLimitsTest specs = new QueueAndLimitsTest();
        specs.parser = parser;
        return specs;
    }

    @Test
    void aRunPastItsWallClockLimitStopsWithAClearError() throws Exception {
        TrainingRun longRun = runs.submit(request("learner-d", specs().spec("512 relu", 50, 64)));
        QueueAndLimitsTest.awaitRunning(longRun);
        TrainingRun waiting = runs.submit(request("learner-e", specs().spec("16 relu", 1, 1024)));
        assertTrue(runs.cancel(waiting.id(), "learner-e"), "a queued run can be cancelled");
        assertTrue(waiting.log().isClosed(), "cancelled at once, without waiting for a worker");
        assertEquals(RunState.CANCELLED, waiting.state());
        assertTrue(waiting.log().snapshot().stream().noneMatch(e -> e.json().contains("running")));

        QueueAndLimitsTest.awaitEnd(longRun, Duration.ofSeconds(60));
        assertEquals(RunState.FAILED, longRun.state());
        assertEquals("time_limit", longRun.errorCode().orElseThrow());
        assertTrue(longRun.history().size() < 50);
        assertEquals(RunState.FAILED, runs.summary(longRun.id()).orElseThrow().state(), "stored as failed");
    }

}
