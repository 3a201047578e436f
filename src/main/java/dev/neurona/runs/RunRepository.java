package dev.neurona.runs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.neurona.nn.Metric;
import dev.neurona.runs.events.EpochEvent;
import dev.neurona.runs.events.ResultEvent;
import dev.neurona.runs.events.RunEventJson;
import dev.neurona.store.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stores run summaries in the database (embedded H2 or PostgreSQL), so they outlive the server process. */
@ApplicationScoped
public class RunRepository {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Inject Jdbc jdbc;

    void insert(TrainingRun run, String datasetSource) {
        try {
            jdbc.transaction(
                    s -> {
                        insert(s, run, datasetSource);
                        return null;
                    });
        } catch (SQLException e) {
            throw new IllegalStateException("could not store run " + run.id(), e);
        }
    }

    /** As {@link #insert(TrainingRun, String)}, inside a transaction of the caller's. */
    void insert(Jdbc.Session session, TrainingRun run, String datasetSource) throws SQLException {
        session.update(
                "INSERT INTO training_run (id, learner_id, lesson_id, exercise_id, dataset, dataset_source, config_json,"
                        + " seed, parameters, epochs, state, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                run.id(),
                run.learnerId(),
                run.lessonId(),
                run.exerciseId(),
                run.spec().dataset(),
                datasetSource,
                config(run.spec().values()),
                run.spec().seed(),
                run.spec().parameterCount(),
                run.spec().epochs(),
                run.state().name(),
                run.createdAt());
    }

    /** What a worker knows once it has the run's data: where it came from, when it started, the rows it trains on. */
    void recordStart(TrainingRun run, String datasetSource) {
        update(
                "could not store the start of run " + run.id(),
                "UPDATE training_run SET dataset_source = ?, started_at = ?, train_rows = ? WHERE id = ?",
                datasetSource,
                run.startedAt().orElse(Instant.now()),
                run.trainRows(),
                run.id());
    }

    void finish(TrainingRun run, List<EpochEvent> epochs, Optional<ResultEvent> result) {
        Optional<TestScores> scores = run.testScores();
        update(
                "could not store the end of run " + run.id(),
                "UPDATE training_run SET state = ?, finished_at = ?, epochs_done = ?, history_json = ?, result_json = ?,"
                        + " test_loss = ?, test_accuracy = ?, error_code = ?, test_mae = ? WHERE id = ?",
                run.state().name(),
                run.finishedAt().orElse(Instant.now()),
                run.history().size(),
                RunEventJson.writeHistory(epochs),
                result.map(RunEventJson::write).orElse(null),
                finite(scores.map(TestScores::loss)),
                finite(scores.filter(t -> t.metric() == Metric.ACCURACY).map(TestScores::value)),
                run.errorCode().orElse(null),
                finite(scores.filter(t -> t.metric() == Metric.MAE).map(TestScores::value)),
                run.id());
    }

    /** Runs a previous server process left queued or running can never finish: mark them failed. */
    int failInterrupted() {
        return update(
                "could not mark interrupted runs",
                "UPDATE training_run SET state = 'FAILED', error_code = ?, finished_at = ? WHERE state IN ('QUEUED', 'RUNNING')",
                RunSummary.INTERRUPTED,
                Instant.now());
    }

    public Optional<RunSummary> find(String id) {
        return jdbc.first("SELECT * FROM training_run WHERE id = ?", RunRepository::read, id);
    }

    /** A learner's runs, newest first. */
    public List<RunSummary> forLearner(String learnerId, int limit) {
        return jdbc.query(
                "SELECT * FROM training_run WHERE learner_id = ? ORDER BY created_at DESC FETCH FIRST ? ROWS ONLY",
                RunRepository::read,
                learnerId,
                limit);
    }

    private int update(String failure, String sql, Object... parameters) {
        try {
            return jdbc.update(sql, parameters);
        } catch (SQLException e) {
            throw new IllegalStateException(failure, e);
        }
    }

    /** A score the database keeps as a number: NaN and infinity are stored as unknown. */
    private static Double finite(Optional<Double> value) {
        return value.filter(Double::isFinite).orElse(null);
    }

    private static String config(Map<String, String> values) {
        try {
            return MAPPER.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RunSummary read(ResultSet r) throws SQLException {
        Map<String, String> config;
        try {
            config =
                    MAPPER.readValue(
                            r.getString("config_json"),
                            new TypeReference<Map<String, String>>() {});
        } catch (Exception e) {
            config = Map.of();
        }
        String history = r.getString("history_json");
        String result = r.getString("result_json");
        return new RunSummary(
                r.getString("id"),
                r.getString("learner_id"),
                r.getString("lesson_id"),
                r.getString("exercise_id"),
                r.getString("dataset"),
                r.getString("dataset_source"),
                config,
                r.getLong("seed"),
                r.getLong("parameters"),
                r.getInt("epochs"),
                RunState.valueOf(r.getString("state")),
                r.getTimestamp("created_at").toInstant(),
                Jdbc.optionalInstant(r, "finished_at"),
                r.getInt("epochs_done"),
                history == null ? List.of() : RunEventJson.readHistory(history),
                result == null ? Optional.empty() : RunEventJson.readResult(result),
                Jdbc.optionalDouble(r, "test_loss"),
                Jdbc.optionalDouble(r, "test_accuracy"),
                Jdbc.optionalDouble(r, "test_mae"),
                Optional.ofNullable(r.getString("error_code")),
                Jdbc.optionalInstant(r, "started_at"),
                Jdbc.optionalInt(r, "train_rows"));
    }
}
