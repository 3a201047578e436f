package dev.neurona.support;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neurona.runs.RunState;
import dev.neurona.runs.TrainingRun;
import java.time.Duration;

/** Waits for a run submitted in-process (through {@code RunService}) to reach a state. */
public final class RunAwait {

    private RunAwait() {}

    /** Until a worker took the run; fails if it is still waiting after 30 seconds. */
    public static void awaitRunning(TrainingRun run) {
        await("run " + run.id() + " leaves the queue")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> run.state() != RunState.QUEUED);
        assertEquals(RunState.RUNNING, run.state());
    }

    /** Until the run's event log is closed (finished, failed or cancelled). */
    public static void awaitEnd(TrainingRun run, Duration timeout) {
        await("run " + run.id() + " ended within " + timeout)
                .atMost(timeout)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> run.log().isClosed());
    }
}
