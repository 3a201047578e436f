package dev.neurona.runs;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.config.NeuronaConfig;
import dev.neurona.nn.SpecParser;
import dev.neurona.store.Jdbc;
import dev.neurona.support.PostgresqlReachable;
import dev.neurona.support.WebOnlyOnPostgresql;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The queue the nodes share, on PostgreSQL. The server under test is a web-only node (it claims
 * nothing), and the test plays the other nodes' workers: the claim order, the limits across nodes,
 * a dead node's runs rescued and then failed, a stop from any node, and a restart touching only the
 * restarting node's runs.
 */
@QuarkusTest
@TestProfile(WebOnlyOnPostgresql.class)
@ExtendWith(PostgresqlReachable.class)
class SharedQueuePostgresqlTest {

    @Inject SharedQueue queue;

    @Inject RunService runs;

    @Inject SpecParser parser;

    @Inject NeuronaConfig config;

    @Inject Jdbc jdbc;

    private final List<String> created = new ArrayList<>();

    @BeforeEach
    void noOtherRunWaits() throws Exception {
        // runs another test class left waiting would come first in the order
        jdbc.update(
                "UPDATE training_run SET state = 'FAILED', finished_at = now()"
                        + " WHERE state IN ('QUEUED', 'RUNNING')");
    }

    @AfterEach
    void endTheTestsRuns() throws Exception {
        ClusterRuns.endAll(jdbc, created);
    }

    @Test
    void workersTakeTheLeastRecentlyServedLearnersFirstRunNotTheOldest() throws Exception {
        String node = ClusterRuns.node(jdbc, Duration.ZERO);
        String a = ClusterRuns.learner();
        String b = ClusterRuns.learner();
        String c = ClusterRuns.learner();
        String a1 = submit(a, 3, 5);
        String a2 = submit(a, 3, 5);
        String a3 = submit(a, 3, 5);
        String b1 = submit(b, 3, 5);
        String c1 = submit(c, 3, 5);

        assertEquals(List.of(a1, b1, c1), List.of(claim(node), claim(node), claim(node)));
        // b was served after a: a's second run goes before b's later one, then a's third
        String b2 = submit(b, 3, 5);
        assertEquals(List.of(a2, b2, a3), List.of(claim(node), claim(node), claim(node)));
        assertTrue(queue.claim(node).isEmpty());
        assertEquals("RUNNING", ClusterRuns.state(jdbc, a3));
    }

    @Test
    void aLearnerAtTheirRunningLimitWaitsWhateverNodeAsks() throws Exception {
        String first = ClusterRuns.node(jdbc, Duration.ZERO);
        String second = ClusterRuns.node(jdbc, Duration.ZERO);
        String learner = ClusterRuns.learner();
        String one = submit(learner, 1, 3);
        String two = submit(learner, 1, 3);

        assertEquals(one, claim(first));
        assertTrue(queue.claim(second).isEmpty(), "the learner's second run waits for the first");

        jdbc.update(
                "UPDATE training_run SET state = 'FINISHED', finished_at = now() WHERE id = ?",
                one);
        assertEquals(two, claim(second));
    }

    @Test
    void twoSubmissionsOfOneLearnerAtTheSameInstantCannotBothPass() throws Exception {
        String learner = ClusterRuns.learner();
        int attempts = 8;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(attempts);
        List<Future<Boolean>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < attempts; i++) {
                answers.add(
                        nodes.submit(
                                () -> {
                                    TrainingRun run =
                                            ClusterRuns.run(
                                                    ClusterRuns.request(
                                                            parser, config, learner, 1, 0, 5));
                                    go.await();
                                    try {
                                        queue.submit(run);
                                        synchronized (created) {
                                            created.add(run.id());
                                        }
                                        return true;
                                    } catch (LearnerBusyException busy) {
                                        return false;
                                    }
                                }));
            }
            go.countDown();
            int passed = 0;
            for (Future<Boolean> answer : answers) {
                passed += answer.get() ? 1 : 0;
            }
            assertEquals(1, passed, "one run at a time for a learner allowed one unfinished run");
        } finally {
            nodes.shutdownNow();
        }
        assertEquals(
                1,
                jdbc.first(
                                "SELECT count(*) FROM training_run WHERE learner_id = ?",
                                r -> r.getInt(1),
                                learner)
                        .orElseThrow());
    }

    @Test
    void aDeadNodesRunGoesBackToTheQueueAndFailsAfterItsSecondNodeDies() throws Exception {
        String learner = ClusterRuns.learner();
        String id = submit(learner, 1, 3);
        String doomed = ClusterRuns.node(jdbc, Duration.ZERO);
        assertEquals(id, claim(doomed));

        ClusterRuns.heartbeatAge(jdbc, doomed, Duration.ofMinutes(1));
        await("the run is rescued within 15 s, and its stream told")
                .atMost(Duration.ofSeconds(15))
                .until(
                        () ->
                                ClusterRuns.state(jdbc, id).equals("QUEUED")
                                        && ClusterRuns.eventJson(jdbc, id).stream()
                                                .anyMatch(j -> j.contains("node_lost")));
        List<String> json = ClusterRuns.eventJson(jdbc, id);
        assertTrue(
                json.stream()
                        .anyMatch(
                                j ->
                                        j.contains("\"state\":\"queued\"")
                                                && j.contains("\"reason\":\"node_lost\"")),
                json.toString());

        String next = ClusterRuns.node(jdbc, Duration.ZERO);
        assertEquals(id, claimSoon(next));
        assertEquals(
                2,
                jdbc.first("SELECT attempts FROM training_run WHERE id = ?", r -> r.getInt(1), id)
                        .orElseThrow());
        ClusterRuns.heartbeatAge(jdbc, next, Duration.ofMinutes(1));
        await("a run that killed two nodes fails, and its stream ends")
                .atMost(Duration.ofSeconds(15))
                .until(
                        () ->
                                ClusterRuns.state(jdbc, id).equals("FAILED")
                                        && ClusterRuns.eventTypes(jdbc, id).contains("done"));
        RunSummary failed = runs.summary(id).orElseThrow();
        assertEquals(java.util.Optional.of(SharedQueue.NODE_LOST), failed.errorCode());
        List<String> types = ClusterRuns.eventTypes(jdbc, id);
        assertEquals(
                List.of("run-error", "status", "done"),
                types.subList(types.size() - 3, types.size()));
    }

    @Test
    void aStopFromAnyNodeEndsAWaitingRunWithItsEvents() throws Exception {
        String learner = ClusterRuns.learner();
        TrainingRun run = runs.submit(ClusterRuns.request(parser, config, learner, 1, 3, 5));
        created.add(run.id());

        assertFalse(runs.cancel(run.id(), "someone-else"), "only the owner may stop it");
        assertTrue(runs.cancel(run.id(), learner));

        assertEquals("CANCELLED", ClusterRuns.state(jdbc, run.id()));
        await().atMost(Duration.ofSeconds(5)).until(() -> run.log().isClosed());
        List<String> types = run.log().snapshot().stream().map(RunEvent::type).toList();
        assertEquals("status", types.get(0));
        assertEquals(List.of("status", "done"), types.subList(types.size() - 2, types.size()));
        assertFalse(runs.cancel(run.id(), learner), "an ended run cannot be stopped again");
    }

    @Test
    void aRestartingNodeTakesBackOnlyItsOwnRuns() throws Exception {
        String restarting = ClusterRuns.node(jdbc, Duration.ZERO);
        String other = ClusterRuns.node(jdbc, Duration.ZERO);
        String mine = submit(ClusterRuns.learner(), 1, 3);
        String theirs = submit(ClusterRuns.learner(), 1, 3);
        assertEquals(mine, claim(restarting));
        assertEquals(theirs, claim(other));

        List<SharedQueue.TakenBack> taken = queue.takeBack(restarting);

        assertEquals(List.of(mine), taken.stream().map(SharedQueue.TakenBack::id).toList());
        assertEquals("QUEUED", ClusterRuns.state(jdbc, mine));
        assertEquals("RUNNING", ClusterRuns.state(jdbc, theirs));
    }

    private String submit(String learner, int maxRunning, int maxQueued) throws Exception {
        TrainingRun run =
                ClusterRuns.run(
                        ClusterRuns.request(parser, config, learner, maxRunning, maxQueued, 5));
        queue.submit(run);
        created.add(run.id());
        return run.id();
    }

    private String claim(String node) {
        return queue.claim(node).orElseThrow().id();
    }

    /** A claim right after a rescue may meet the rescue's row lock: workers simply ask again. */
    private String claimSoon(String node) {
        return await().atMost(Duration.ofSeconds(5))
                .until(() -> queue.claim(node), java.util.Optional::isPresent)
                .orElseThrow()
                .id();
    }
}
