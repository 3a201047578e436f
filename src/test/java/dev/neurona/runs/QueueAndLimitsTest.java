package dev.neurona.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.nn.DatasetShape;
import dev.neurona.nn.NetworkSpec;
import dev.neurona.nn.SpecParser;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One worker, to watch the FIFO queue at work. */
@QuarkusTest
@TestProfile(QueueAndLimitsTest.OneWorker.class)
class QueueAndLimitsTest {

    /** A server with a single worker. */
    public static class OneWorker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("neurona.workers.count", "1");
        }
    }

    @Inject
    RunService runs;

    @Inject
    SpecParser parser;

    NetworkSpec spec(String hidden, int epochs, int batch) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("hidden", hidden);
        values.put("output", "softmax");
        values.put("loss", "categorical_crossentropy");
        values.put("optimizer", "adam");
        values.put("learning_rate", "0.001");
        values.put("epochs", Integer.toString(epochs));
        values.put("batch_size", Integer.toString(batch));
        values.put("validation_split", "0");
        values.put("seed", "7");
        return parser.parse(values, DatasetShape.MNIST).orElseThrow();
    }

    static List<String> statuses(TrainingRun run) {
        return run.log().snapshot().stream().filter(e -> e.type().equals(RunEvent.STATUS)).map(RunEvent::data).toList();
    }

    static void awaitRunning(TrainingRun run) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (run.state() == RunState.QUEUED && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(RunState.RUNNING, run.state());
    }

    static void awaitEnd(TrainingRun run, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!run.log().isClosed() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(run.log().isClosed(), "run " + run.id() + " ended within " + timeout);
    }

    @Test
    void runsWaitTheirTurnInOrderAndSeeTheirPositionMove() throws Exception {
        TrainingRun first = runs.submit("learner-a", "1.5", "mnist-1-5", spec("256 relu", 50, 128));
        awaitRunning(first);
        TrainingRun second = runs.submit("learner-b", "1.5", "mnist-1-5", spec("16 relu", 1, 1024));
        TrainingRun third = runs.submit("learner-c", "1.5", "mnist-1-5", spec("16 relu", 1, 1024));
        assertTrue(statuses(second).get(0).contains("\"position\":1"), statuses(second).toString());
        assertTrue(statuses(third).get(0).contains("\"position\":2"), statuses(third).toString());

        assertTrue(runs.cancel(first.id(), "learner-a"));
        awaitEnd(first, Duration.ofSeconds(30));
        assertEquals(RunState.CANCELLED, first.state());
        awaitEnd(second, Duration.ofSeconds(60));
        awaitEnd(third, Duration.ofSeconds(60));

        List<String> thirdStatuses = statuses(third);
        assertTrue(thirdStatuses.get(1).contains("\"position\":1"), "moved up once the first run stopped: " + thirdStatuses);
        assertTrue(thirdStatuses.stream().anyMatch(s -> s.contains("running")));
        assertEquals(RunState.FINISHED, second.state());
        assertEquals(RunState.FINISHED, third.state());
        assertTrue(second.finishedAt().orElseThrow().isBefore(third.finishedAt().orElseThrow()), "FIFO");
    }

    @Test
    void onlyTheOwnerMayCancel() throws Exception {
        TrainingRun run = runs.submit("owner", "1.5", "mnist-1-5", spec("16 relu", 1, 1024));
        assertTrue(!runs.cancel(run.id(), "someone-else"));
        awaitEnd(run, Duration.ofSeconds(60));
        assertEquals(RunState.FINISHED, run.state());
    }
}
