package dev.neurona.runs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.neurona.cluster.ClusterNode;
import dev.neurona.config.NeuronaConfig;
import dev.neurona.runs.events.DoneEvent;
import dev.neurona.runs.events.RunErrorEvent;
import dev.neurona.runs.events.RunEventData;
import dev.neurona.runs.events.StatusEvent;
import dev.neurona.store.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The queue every node shares, in PostgreSQL's {@code training_run} table. It follows the
 * well-known PostgreSQL job queues (Oban, River, Solid Queue, graphile-worker): a worker claims the
 * next run with {@code FOR UPDATE SKIP LOCKED}, so two nodes never take the same one and never wait
 * for each other; a claimed run belongs to its node while the node's heartbeat lasts (its lease);
 * the runs of a node whose heartbeat stopped are put back in the queue, and failed after
 * {@link #MAX_ATTEMPTS} tries. Submissions take one advisory lock, so the learner's and the
 * server's limits hold across nodes.
 */
@ApplicationScoped
class SharedQueue {

    /** Times a node may take a run before a run that keeps killing nodes is failed. */
    static final int MAX_ATTEMPTS = 2;

    /** The error code of a run failed after its nodes died {@link #MAX_ATTEMPTS} times. */
    static final String NODE_LOST = "node_lost";

    /** The advisory lock submissions take (any number no other lock uses). */
    private static final long SUBMIT_LOCK = 0x4e6575726f6e62L;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Inject Jdbc jdbc;

    @Inject RunRepository repository;

    @Inject NeuronaConfig config;

    @Inject SharedEventLogs logs;

    /** A run a worker took, as the database holds it. */
    record Claimed(
            String id,
            String learnerId,
            String lessonId,
            String exerciseId,
            String dataset,
            Map<String, String> config,
            RunLimits limits,
            Instant createdAt,
            int attempt) {}

    /** An unfinished run, for the queue's order, its estimates and live views. */
    record Unfinished(
            String id,
            String learnerId,
            String lessonId,
            String exerciseId,
            RunState state,
            long queuedSeq,
            int epochs,
            double progress,
            int maxRunning,
            Duration maxWallTime,
            Instant createdAt,
            Optional<Instant> startedAt) {}

    /** What a stop did: nothing (unknown, not the owner's or ended), ended a waiting run, or asked a running one's node. */
    enum Stopped {
        NOTHING,
        WAITING_RUN_ENDED,
        RUNNING_RUN_ASKED
    }

    /** A run taken back from a node: queued again, or failed after too many tries. */
    record TakenBack(String id, boolean requeued, int attempts) {}

    /** Stores {@code run} as waiting if its learner and the server's queue have room for it. */
    void submit(TrainingRun run) throws RunRefusedException {
        try {
            jdbc.transaction(
                    s -> {
                        s.query("SELECT pg_advisory_xact_lock(?)", r -> null, SUBMIT_LOCK);
                        int queued =
                                s.first(
                                                "SELECT count(*) FROM training_run WHERE state = 'QUEUED'",
                                                r -> r.getInt(1))
                                        .orElse(0);
                        if (queued >= config.workers().maxQueued()) {
                            throw new Refused(new QueueFullException(config.workers().maxQueued()));
                        }
                        int unfinished =
                                s.first(
                                                "SELECT count(*) FROM training_run WHERE learner_id = ?"
                                                        + " AND state IN ('QUEUED', 'RUNNING')",
                                                r -> r.getInt(1),
                                                run.learnerId())
                                        .orElse(0);
                        if (unfinished >= run.limits().maxActive()) {
                            throw new Refused(new LearnerBusyException(unfinished));
                        }
                        repository.insert(s, run, "pending");
                        s.update(
                                "UPDATE training_run SET limits_json = ?, max_running = ? WHERE id = ?",
                                limitsJson(run.limits()),
                                run.limits().maxRunning(),
                                run.id());
                        return null;
                    });
        } catch (Refused refused) {
            throw refused.reason;
        } catch (SQLException e) {
            throw new IllegalStateException("could not queue run " + run.id(), e);
        }
    }

    /**
     * Takes the next run for a worker of {@code node}: the first waiting run of the learner served
     * least recently, among learners below their running limit; empty if none can start.
     */
    Optional<Claimed> claim(String node) {
        try {
            return jdbc.transaction(
                    s -> {
                        Optional<String> next =
                                s.first(
                                        "SELECT r.id FROM training_run r"
                                                + " LEFT JOIN learner_turn t ON t.learner_id = r.learner_id"
                                                + " WHERE r.state = 'QUEUED' AND r.limits_json IS NOT NULL"
                                                + " AND NOT EXISTS (SELECT 1 FROM training_run e WHERE e.learner_id = r.learner_id"
                                                + "   AND e.state = 'QUEUED' AND e.queued_seq < r.queued_seq)"
                                                + " AND (SELECT count(*) FROM training_run x WHERE x.learner_id = r.learner_id"
                                                + "   AND x.state = 'RUNNING') < r.max_running"
                                                + " ORDER BY coalesce(t.served, 0), r.queued_seq"
                                                + " LIMIT 1 FOR UPDATE OF r SKIP LOCKED",
                                        r -> r.getString(1));
                        if (next.isEmpty()) {
                            return Optional.<Claimed>empty();
                        }
                        s.update(
                                "UPDATE training_run SET state = 'RUNNING', owner_node = ?, attempts = attempts + 1,"
                                        + " started_at = now(), progress = 0 WHERE id = ?",
                                node,
                                next.get());
                        s.update(
                                "INSERT INTO learner_turn (learner_id, served)"
                                        + " SELECT learner_id, nextval('learner_turn_seq') FROM training_run WHERE id = ?"
                                        + " ON CONFLICT (learner_id) DO UPDATE SET served = excluded.served",
                                next.get());
                        return s.first(
                                "SELECT * FROM training_run WHERE id = ?",
                                SharedQueue::claimed,
                                next.get());
                    });
        } catch (SQLException e) {
            throw new IllegalStateException("could not claim a run", e);
        }
    }

    /**
     * Asks a run to stop ({@code owner} null: whoever it belongs to). A waiting run ends here and
     * now; a running one is marked, and its node stops it.
     */
    Stopped stop(String id, String owner, boolean byInstructor) {
        try {
            return jdbc.transaction(
                    s -> {
                        Optional<RunState> state =
                                s.first(
                                        "SELECT state FROM training_run WHERE id = ? AND (? IS NULL OR learner_id = ?)"
                                                + " FOR UPDATE",
                                        r -> RunState.valueOf(r.getString(1)),
                                        id,
                                        owner,
                                        owner);
                        if (state.isEmpty() || state.get().isTerminal()) {
                            return Stopped.NOTHING;
                        }
                        String by = byInstructor ? "instructor" : "learner";
                        if (state.get() == RunState.QUEUED) {
                            Optional<String> code =
                                    byInstructor
                                            ? Optional.of(RunSummary.CANCELLED_BY_INSTRUCTOR)
                                            : Optional.empty();
                            s.update(
                                    "UPDATE training_run SET state = 'CANCELLED', cancel_by = ?, finished_at = now(),"
                                            + " error_code = ? WHERE id = ?",
                                    by,
                                    code.orElse(null),
                                    id);
                            List<RunEventData> ending = new ArrayList<>();
                            code.ifPresent(c -> ending.add(new RunErrorEvent(c, "")));
                            ending.add(
                                    StatusEvent.of(RunState.CANCELLED, OptionalInt.empty(), code));
                            ending.add(new DoneEvent(RunState.CANCELLED));
                            logs.write(s, id, ending);
                            return Stopped.WAITING_RUN_ENDED;
                        }
                        s.update("UPDATE training_run SET cancel_by = ? WHERE id = ?", by, id);
                        return Stopped.RUNNING_RUN_ASKED;
                    });
        } catch (SQLException e) {
            throw new IllegalStateException("could not stop run " + id, e);
        }
    }

    /**
     * Records the progress of the runs {@code node} trains and reads back who asked them to stop:
     * for each, empty if it is still the node's and nobody asked, "learner" or "instructor" if
     * asked, and "lost" if the run is no longer the node's (the others took it for dead).
     */
    Map<String, Optional<String>> heartbeat(String node, Map<String, Double> progress) {
        Map<String, Optional<String>> answers = new LinkedHashMap<>();
        for (Map.Entry<String, Double> run : progress.entrySet()) {
            Optional<Optional<String>> answer =
                    jdbc.first(
                            "UPDATE training_run SET progress = ? WHERE id = ? AND owner_node = ? AND state = 'RUNNING'"
                                    + " RETURNING cancel_by",
                            r -> Optional.ofNullable(r.getString(1)),
                            run.getValue(),
                            run.getKey(),
                            node);
            answers.put(run.getKey(), answer.orElse(Optional.of("lost")));
        }
        return answers;
    }

    /** Fails a claimed run that cannot train: its code, and its stream's ending. */
    void fail(String id, String code, String detail) {
        try {
            jdbc.transaction(
                    s -> {
                        failRow(s, id, code, detail);
                        return null;
                    });
        } catch (SQLException e) {
            throw new IllegalStateException("could not fail run " + id, e);
        }
    }

    private void failRow(Jdbc.Session s, String id, String code, String detail)
            throws SQLException {
        s.update(
                "UPDATE training_run SET state = 'FAILED', owner_node = NULL, error_code = ?,"
                        + " finished_at = now() WHERE id = ?",
                code,
                id);
        logs.write(
                s,
                id,
                List.of(
                        new RunErrorEvent(code, detail),
                        StatusEvent.of(RunState.FAILED, OptionalInt.empty(), Optional.of(code)),
                        new DoneEvent(RunState.FAILED)));
    }

    /** Who asked a running run to stop, if anyone did. */
    Optional<String> cancelledBy(String id) {
        return jdbc.first(
                        "SELECT cancel_by FROM training_run WHERE id = ?",
                        r -> Optional.ofNullable(r.getString(1)),
                        id)
                .flatMap(o -> o);
    }

    /** The runs {@code node} was training when it stopped (a restart): back to the queue, or failed. */
    List<TakenBack> takeBack(String node) {
        return requeue("owner_node = ?", node);
    }

    /** The runs of nodes whose heartbeat stopped: back to the queue, or failed; dead nodes forgotten. */
    List<TakenBack> rescue() {
        List<TakenBack> taken =
                requeue(
                        "(owner_node IS NOT NULL AND owner_node NOT IN (SELECT id FROM cluster_node"
                                + " WHERE heartbeat_at > now() - make_interval(secs => ?)))",
                        (double) ClusterNode.LEASE.toSeconds());
        try {
            jdbc.update(
                    "DELETE FROM cluster_node WHERE heartbeat_at < now() - make_interval(secs => ?)",
                    (double) ClusterNode.LEASE.toSeconds() * 8);
        } catch (SQLException e) {
            throw new IllegalStateException("could not forget dead nodes", e);
        }
        return taken;
    }

    private List<TakenBack> requeue(String whose, Object... parameters) {
        try {
            return jdbc.transaction(
                    s -> {
                        List<TakenBack> taken =
                                s.query(
                                        "SELECT id, attempts FROM training_run WHERE state = 'RUNNING' AND "
                                                + whose
                                                + " FOR UPDATE SKIP LOCKED",
                                        r ->
                                                new TakenBack(
                                                        r.getString(1),
                                                        r.getInt(2) < MAX_ATTEMPTS,
                                                        r.getInt(2)),
                                        parameters);
                        for (TakenBack run : taken) {
                            if (run.requeued()) {
                                s.update(
                                        "UPDATE training_run SET state = 'QUEUED', owner_node = NULL, progress = 0,"
                                                + " started_at = NULL WHERE id = ?",
                                        run.id());
                                logs.write(
                                        s,
                                        run.id(),
                                        List.of(
                                                new StatusEvent(
                                                        RunState.QUEUED,
                                                        0,
                                                        OptionalLong.empty(),
                                                        OptionalInt.empty(),
                                                        Optional.of(NODE_LOST))));
                            } else {
                                failRow(s, run.id(), NODE_LOST, Integer.toString(run.attempts()));
                            }
                        }
                        return taken;
                    });
        } catch (SQLException e) {
            throw new IllegalStateException("could not take runs back", e);
        }
    }

    /** Every unfinished run of the cluster, waiting ones in arrival order. */
    List<Unfinished> unfinished() {
        return jdbc.query(
                "SELECT id, learner_id, lesson_id, exercise_id, state, queued_seq, epochs, progress, max_running,"
                        + " limits_json, created_at, started_at FROM training_run"
                        + " WHERE state IN ('QUEUED', 'RUNNING') ORDER BY queued_seq",
                r ->
                        new Unfinished(
                                r.getString("id"),
                                r.getString("learner_id"),
                                r.getString("lesson_id"),
                                r.getString("exercise_id"),
                                RunState.valueOf(r.getString("state")),
                                r.getLong("queued_seq"),
                                r.getInt("epochs"),
                                r.getDouble("progress"),
                                r.getInt("max_running"),
                                limits(r.getString("limits_json"))
                                        .map(RunLimits::maxWallTime)
                                        .orElse(config.runs().maxWallTime()),
                                r.getTimestamp("created_at").toInstant(),
                                Jdbc.optionalInstant(r, "started_at")));
    }

    /** The turn each learner with a waiting run was last served at. */
    Map<String, Long> turns() {
        Map<String, Long> turns = new LinkedHashMap<>();
        for (Map.Entry<String, Long> turn :
                jdbc.query(
                        "SELECT t.learner_id, t.served FROM learner_turn t WHERE t.learner_id IN"
                                + " (SELECT learner_id FROM training_run WHERE state = 'QUEUED')",
                        r -> Map.entry(r.getString(1), r.getLong(2)))) {
            turns.put(turn.getKey(), turn.getValue());
        }
        return turns;
    }

    /** How many runs of the cluster wait and how many train, counted in the database. */
    Map<RunState, Integer> unfinishedCounts() {
        Map<RunState, Integer> counts = new java.util.EnumMap<>(RunState.class);
        for (Map.Entry<RunState, Integer> count :
                jdbc.query(
                        "SELECT state, count(*) FROM training_run WHERE state IN ('QUEUED', 'RUNNING')"
                                + " GROUP BY state",
                        r -> Map.entry(RunState.valueOf(r.getString(1)), r.getInt(2)))) {
            counts.put(count.getKey(), count.getValue());
        }
        return counts;
    }

    /** Recent seconds per epoch of each exercise, from the cluster's finished runs. */
    List<Map.Entry<String, Double>> recentEpochSeconds() {
        return jdbc.query(
                "SELECT exercise_id, extract(epoch FROM finished_at - started_at) / epochs_done FROM training_run"
                        + " WHERE state = 'FINISHED' AND started_at IS NOT NULL AND epochs_done > 0"
                        + " ORDER BY finished_at DESC LIMIT 100",
                r -> Map.entry(r.getString(1), r.getDouble(2)));
    }

    private static Claimed claimed(ResultSet r) throws SQLException {
        Map<String, String> config;
        try {
            config =
                    MAPPER.readValue(
                            r.getString("config_json"),
                            new TypeReference<Map<String, String>>() {});
        } catch (JsonProcessingException e) {
            throw new SQLException("unreadable configuration of run " + r.getString("id"), e);
        }
        return new Claimed(
                r.getString("id"),
                r.getString("learner_id"),
                r.getString("lesson_id"),
                r.getString("exercise_id"),
                r.getString("dataset"),
                config,
                limits(r.getString("limits_json")).orElseThrow(() -> new SQLException("no limits")),
                r.getTimestamp("created_at").toInstant(),
                r.getInt("attempts"));
    }

    static String limitsJson(RunLimits limits) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("maxEpochs", limits.maxEpochs());
        values.put("maxParameters", limits.maxParameters());
        values.put("maxWallTime", limits.maxWallTime().toString());
        values.put("maxTrainRows", limits.maxTrainRows());
        values.put("maxRunning", limits.maxRunning());
        values.put("maxQueued", limits.maxQueued());
        try {
            return MAPPER.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Optional<RunLimits> limits(String json) {
        if (json == null) {
            return Optional.empty();
        }
        try {
            Map<String, Object> v =
                    MAPPER.readValue(json, new TypeReference<Map<String, Object>>() {});
            return Optional.of(
                    new RunLimits(
                            ((Number) v.get("maxEpochs")).intValue(),
                            ((Number) v.get("maxParameters")).longValue(),
                            Duration.parse((String) v.get("maxWallTime")),
                            ((Number) v.get("maxTrainRows")).intValue(),
                            ((Number) v.get("maxRunning")).intValue(),
                            ((Number) v.get("maxQueued")).intValue()));
        } catch (JsonProcessingException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Carries a refusal out of the transaction, which it rolls back. */
    private static final class Refused extends RuntimeException {
        private final RunRefusedException reason;

        Refused(RunRefusedException reason) {
            super(null, null, false, false);
            this.reason = reason;
        }
    }
}
