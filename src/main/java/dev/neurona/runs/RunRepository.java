package dev.neurona.runs;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.neurona.store.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import dev.neurona.nn.Metric;

/** Stores run summaries in the database (embedded H2 or PostgreSQL), so they outlive the server process. */
@ApplicationScoped
public class RunRepository {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Inject
    Database database;

    void insert(TrainingRun run, String datasetSource) {
        String sql = "INSERT INTO training_run (id, learner_id, lesson_id, exercise_id, dataset, dataset_source, config_json,"
                + " seed, parameters, epochs, state, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection c = database.connection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, run.id());
            s.setString(2, run.learnerId());
            s.setString(3, run.lessonId());
            s.setString(4, run.exerciseId());
            s.setString(5, run.spec().dataset());
            s.setString(6, datasetSource);
            s.setString(7, EventJson.write(run.spec().values()));
            s.setLong(8, run.spec().seed());
            s.setLong(9, run.spec().parameterCount());
            s.setInt(10, run.spec().epochs());
            s.setString(11, run.state().name());
            s.setTimestamp(12, Timestamp.from(run.createdAt()));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not store run " + run.id(), e);
        }
    }

    /** What a worker knows once it has the run's data: where it came from, when it started, the rows it trains on. */
    void recordStart(TrainingRun run, String datasetSource) {
        String sql = "UPDATE training_run SET dataset_source = ?, started_at = ?, train_rows = ? WHERE id = ?";
        try (Connection c = database.connection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, datasetSource);
            s.setTimestamp(2, Timestamp.from(run.startedAt().orElse(Instant.now())));
            if (run.trainRows().isPresent()) {
                s.setInt(3, run.trainRows().getAsInt());
            } else {
                s.setNull(3, Types.INTEGER);
            }
            s.setString(4, run.id());
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not store the start of run " + run.id(), e);
        }
    }

    void finish(TrainingRun run, List<String> epochEvents, Optional<String> resultEvent) {
        String sql = "UPDATE training_run SET state = ?, finished_at = ?, epochs_done = ?, history_json = ?, result_json = ?,"
                + " test_loss = ?, test_accuracy = ?, error_code = ?, test_mae = ? WHERE id = ?";
        try (Connection c = database.connection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, run.state().name());
            s.setTimestamp(2, Timestamp.from(run.finishedAt().orElse(Instant.now())));
            s.setInt(3, run.history().size());
            s.setString(4, EventJson.history(epochEvents));
            s.setString(5, resultEvent.orElse(null));
            Optional<TestScores> scores = run.testScores();
            setNullable(s, 6, scores.map(TestScores::loss));
            setNullable(s, 7, scores.filter(t -> t.metric() == Metric.ACCURACY).map(TestScores::value));
            s.setString(8, run.errorCode().orElse(null));
            setNullable(s, 9, scores.filter(t -> t.metric() == Metric.MAE).map(TestScores::value));
            s.setString(10, run.id());
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not store the end of run " + run.id(), e);
        }
    }

    private static void setNullable(PreparedStatement s, int index, Optional<Double> value) throws SQLException {
        if (value.isPresent() && Double.isFinite(value.get())) {
            s.setDouble(index, value.get());
        } else {
            s.setNull(index, Types.DOUBLE);
        }
    }

    /** Runs a previous server process left queued or running can never finish: mark them failed. */
    int failInterrupted() {
        String sql = "UPDATE training_run SET state = 'FAILED', error_code = ?, finished_at = ? WHERE state IN ('QUEUED', 'RUNNING')";
        try (Connection c = database.connection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, RunSummary.INTERRUPTED);
            s.setTimestamp(2, Timestamp.from(Instant.now()));
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not mark interrupted runs", e);
        }
    }

    public Optional<RunSummary> find(String id) {
        List<RunSummary> found = query("SELECT * FROM training_run WHERE id = ?", id, 1);
        return found.stream().findFirst();
    }

    /** A learner's runs, newest first. */
    public List<RunSummary> forLearner(String learnerId, int limit) {
        return query("SELECT * FROM training_run WHERE learner_id = ? ORDER BY created_at DESC", learnerId, limit);
    }

    private List<RunSummary> query(String sql, String parameter, int limit) {
        try (Connection c = database.connection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            s.setMaxRows(limit);
            try (ResultSet r = s.executeQuery()) {
                List<RunSummary> rows = new ArrayList<>();
                while (r.next()) {
                    rows.add(read(r));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read runs", e);
        }
    }

    private static RunSummary read(ResultSet r) throws SQLException {
        Map<String, String> config;
        try {
            config = MAPPER.readValue(r.getString("config_json"), new TypeReference<Map<String, String>>() { });
        } catch (Exception e) {
            config = Map.of();
        }
        String history = r.getString("history_json");
        Timestamp finished = r.getTimestamp("finished_at");
        double testLoss = r.getDouble("test_loss");
        boolean hasLoss = !r.wasNull();
        double testAccuracy = r.getDouble("test_accuracy");
        boolean hasAccuracy = !r.wasNull();
        double testMae = r.getDouble("test_mae");
        boolean hasMae = !r.wasNull();
        Timestamp started = r.getTimestamp("started_at");
        int trainRows = r.getInt("train_rows");
        boolean hasTrainRows = !r.wasNull();
        return new RunSummary(
                r.getString("id"), r.getString("learner_id"), r.getString("lesson_id"), r.getString("exercise_id"),
                r.getString("dataset"), r.getString("dataset_source"), config, r.getLong("seed"), r.getLong("parameters"),
                r.getInt("epochs"), RunState.valueOf(r.getString("state")), r.getTimestamp("created_at").toInstant(),
                Optional.ofNullable(finished).map(Timestamp::toInstant), r.getInt("epochs_done"),
                history == null ? List.of() : EventJson.splitHistory(history),
                Optional.ofNullable(r.getString("result_json")),
                hasLoss ? OptionalDouble.of(testLoss) : OptionalDouble.empty(),
                hasAccuracy ? OptionalDouble.of(testAccuracy) : OptionalDouble.empty(),
                hasMae ? OptionalDouble.of(testMae) : OptionalDouble.empty(),
                Optional.ofNullable(r.getString("error_code")),
                Optional.ofNullable(started).map(Timestamp::toInstant),
                hasTrainRows ? OptionalInt.of(trainRows) : OptionalInt.empty());
    }
}
