package dev.neurona.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neurona.store.Jdbc;
import dev.neurona.support.OnPostgresql;
import dev.neurona.support.PostgresqlReachable;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every test of {@link RunRepositoryTest} on PostgreSQL; skipped where no test server answers. */
@QuarkusTest
@TestProfile(OnPostgresql.class)
@ExtendWith(PostgresqlReachable.class)
class RunRepositoryPostgresqlTest extends RunRepositoryTest {

    @Inject SharedQueue queue;

    @Inject Jdbc jdbc;

    /**
     * On PostgreSQL the node is one of a cluster: at start-up it takes back only the runs it was
     * training itself (they go back to the queue), and leaves every other node's runs alone; a
     * dead node's runs are for the rescue.
     */
    @Override
    @Test
    void runsAPreviousProcessLeftUnfinishedAreMarkedInterrupted() throws Exception {
        String restarting = ClusterRuns.node(jdbc, Duration.ZERO);
        String other = ClusterRuns.node(jdbc, Duration.ZERO);
        TrainingRun mine =
                ClusterRuns.run(
                        ClusterRuns.request(parser, config, ClusterRuns.learner(), 1, 3, 5));
        TrainingRun theirs =
                ClusterRuns.run(
                        ClusterRuns.request(parser, config, ClusterRuns.learner(), 1, 3, 5));
        TrainingRun waiting =
                ClusterRuns.run(
                        ClusterRuns.request(parser, config, ClusterRuns.learner(), 1, 3, 5));
        for (TrainingRun run : List.of(mine, theirs, waiting)) {
            repository.insert(run, "pending");
        }
        jdbc.update(
                "UPDATE training_run SET state = 'RUNNING', owner_node = ?, attempts = 1 WHERE id = ?",
                restarting,
                mine.id());
        jdbc.update(
                "UPDATE training_run SET state = 'RUNNING', owner_node = ?, attempts = 1 WHERE id = ?",
                other,
                theirs.id());
        try {
            queue.takeBack(restarting);

            assertEquals(RunState.QUEUED, repository.find(mine.id()).orElseThrow().state());
            assertEquals(RunState.RUNNING, repository.find(theirs.id()).orElseThrow().state());
            assertEquals(RunState.QUEUED, repository.find(waiting.id()).orElseThrow().state());
        } finally {
            ClusterRuns.endAll(jdbc, List.of(mine.id(), theirs.id(), waiting.id()));
        }
    }

    @Override
    String expectedDatabase() {
        return "PostgreSQL";
    }
}
