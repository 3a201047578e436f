package dev.neurona.runs;

import dev.neurona.config.NeuronaConfig;
import dev.neurona.nn.DatasetShape;
import dev.neurona.nn.NetworkSpec;
import dev.neurona.nn.SpecParser;
import dev.neurona.store.Jdbc;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Runs, nodes and rows for the cluster tests, which play other nodes on the shared database. */
final class ClusterRuns {

    private ClusterRuns() {}

    /** Lesson 1.6's XOR network for {@code epochs} epochs: small, and long enough to stop midway. */
    static NetworkSpec xor(SpecParser parser, int epochs) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("hidden", "2 sigmoid");
        values.put("output", "sigmoid");
        values.put("loss", "binary_crossentropy");
        values.put("optimizer", "adam");
        values.put("learning_rate", "0.1");
        values.put("epochs", Integer.toString(epochs));
        values.put("batch_size", "4");
        values.put("seed", "1");
        return parser.parse(values, DatasetShape.of("xor").orElseThrow()).orElseThrow();
    }

    static RunRequest request(
            SpecParser parser,
            NeuronaConfig config,
            String learner,
            int maxRunning,
            int maxQueued,
            int epochs) {
        RunLimits server = RunLimits.defaults(config);
        RunLimits limits =
                new RunLimits(
                        server.maxEpochs(),
                        server.maxParameters(),
                        Duration.ofMinutes(5),
                        0,
                        maxRunning,
                        maxQueued);
        return new RunRequest(learner, "1.6", "xor-1-6", xor(parser, epochs), limits);
    }

    static TrainingRun run(RunRequest request) {
        return new TrainingRun(
                UUID.randomUUID().toString(), request, Instant.now(), new RunEventLog(64));
    }

    static String learner() {
        return "learner-" + UUID.randomUUID();
    }

    /** Enters a node in {@code cluster_node} whose heartbeat is {@code age} old. */
    static String node(Jdbc jdbc, Duration age) throws SQLException {
        String id = UUID.randomUUID().toString();
        jdbc.update(
                "INSERT INTO cluster_node (id, started_at, heartbeat_at, workers)"
                        + " VALUES (?, now(), now() - make_interval(secs => ?), 1)",
                id,
                (double) age.toSeconds());
        return id;
    }

    static void heartbeatAge(Jdbc jdbc, String node, Duration age) throws SQLException {
        jdbc.update(
                "UPDATE cluster_node SET heartbeat_at = now() - make_interval(secs => ?) WHERE id = ?",
                (double) age.toSeconds(),
                node);
    }

    /** Ends the test's rows, so they wait in no other test's queue. */
    static void endAll(Jdbc jdbc, List<String> ids) throws SQLException {
        for (String id : ids) {
            jdbc.update(
                    "UPDATE training_run SET state = 'FAILED', finished_at = now(), owner_node = NULL"
                            + " WHERE id = ? AND state IN ('QUEUED', 'RUNNING')",
                    id);
        }
    }

    static String state(Jdbc jdbc, String id) {
        return jdbc.first("SELECT state FROM training_run WHERE id = ?", r -> r.getString(1), id)
                .orElseThrow();
    }

    /** The stored events of a run, "type" or "type:json", in id order. */
    static List<String> eventTypes(Jdbc jdbc, String id) {
        return jdbc.query(
                "SELECT event_type FROM run_event WHERE run_id = ? ORDER BY event_id",
                r -> r.getString(1),
                id);
    }

    static List<String> eventJson(Jdbc jdbc, String id) {
        return jdbc.query(
                "SELECT event_json FROM run_event WHERE run_id = ? ORDER BY event_id",
                r -> r.getString(1),
                id);
    }
}
