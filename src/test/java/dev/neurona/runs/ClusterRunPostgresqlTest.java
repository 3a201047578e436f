package dev.neurona.runs;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.cluster.ClusterNode;
import dev.neurona.config.NeuronaConfig;
import dev.neurona.nn.SpecParser;
import dev.neurona.runs.events.EpochEvent;
import dev.neurona.store.Jdbc;
import dev.neurona.support.OnPostgresql;
import dev.neurona.support.PostgresqlReachable;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A node of a cluster on PostgreSQL trains runs from the shared queue: a run's events reach the
 * stream through the stored log, once each and in order, and resume after a Last-Event-ID; a stop
 * asked by another node reaches the worker that trains the run.
 */
@QuarkusTest
@TestProfile(OnPostgresql.class)
@ExtendWith(PostgresqlReachable.class)
class ClusterRunPostgresqlTest {

    @Inject RunService runs;

    @Inject SpecParser parser;

    @Inject NeuronaConfig config;

    @Inject Jdbc jdbc;

    @Inject ClusterNode node;

    @Test
    void aRunsEventsReachTheStreamFromTheStoredLogOnceEachAndInOrder() throws Exception {
        assertTrue(node.clustered());
        String learner = ClusterRuns.learner();
        TrainingRun run = runs.submit(ClusterRuns.request(parser, config, learner, 1, 3, 20));

        await("the run ends").atMost(Duration.ofSeconds(90)).until(() -> run.log().isClosed());

        RunSummary summary = runs.summary(run.id()).orElseThrow();
        assertEquals(RunState.FINISHED, summary.state());
        List<RunEvent> events = run.log().snapshot();
        for (int i = 1; i < events.size(); i++) {
            assertTrue(events.get(i).id() > events.get(i - 1).id(), "ids increase: " + events);
        }
        assertEquals("status", events.get(0).type());
        assertEquals("done", events.get(events.size() - 1).type());
        List<Integer> epochs =
                events.stream()
                        .filter(e -> e.data() instanceof EpochEvent)
                        .map(e -> ((EpochEvent) e.data()).epoch())
                        .toList();
        assertEquals(20, epochs.size(), "every epoch once");
        for (int i = 0; i < epochs.size(); i++) {
            assertEquals(i + 1, epochs.get(i));
        }
        assertEquals(20, summary.epochEvents().size());

        // another node's copy of the log, read afresh from the table, resumes after any event
        RunEventLog elsewhere = runs.events(run.id()).orElseThrow();
        long resumeAfter = events.get(events.size() / 2).id();
        List<Long> resumed = new ArrayList<>();
        elsewhere.subscribe(resumeAfter, e -> resumed.add(e.id()));
        assertEquals(
                events.stream().map(RunEvent::id).filter(id -> id > resumeAfter).toList(), resumed);
    }

    @Test
    void aStopAskedByAnotherNodeReachesTheWorkerThatTrainsTheRun() throws Exception {
        String learner = ClusterRuns.learner();
        TrainingRun run =
                runs.submit(
                        ClusterRuns.request(
                                parser, config, learner, 1, 3, config.limits().maxEpochs()));
        await("the run trains")
                .atMost(Duration.ofSeconds(60))
                .until(
                        () ->
                                run.log().snapshot().stream()
                                        .anyMatch(e -> e.data() instanceof EpochEvent));

        // what another node's stop does: mark the row, then notify the node that trains it
        jdbc.update("UPDATE training_run SET cancel_by = 'learner' WHERE id = ?", run.id());
        jdbc.query("SELECT pg_notify(?, ?)", r -> null, ClusterPool.STOP_CHANNEL, run.id());

        await("the run stops").atMost(Duration.ofSeconds(10)).until(() -> run.log().isClosed());
        assertEquals(RunState.CANCELLED, runs.summary(run.id()).orElseThrow().state());
    }
}
