package dev.neurona.classroom;

import dev.neurona.store.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** A learner's quiz attempts, kept across restarts; retries are allowed and the best score counts. */
@ApplicationScoped
public class ProgressRepository {

    @Inject
    Database database;

    public void recordAttempt(String learnerId, String quizId, int correct, int total) {
        String sql = "INSERT INTO quiz_attempt (learner_id, quiz_id, correct, total, created_at) VALUES (?, ?, ?, ?, ?)";
        try (Connection c = database.connection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, learnerId);
            s.setString(2, quizId);
            s.setInt(3, correct);
            s.setInt(4, total);
            s.setTimestamp(5, Timestamp.from(Instant.now()));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not store a quiz attempt", e);
        }
    }

    public OptionalInt bestScore(String learnerId, String quizId) {
        String sql = "SELECT MAX(correct) FROM quiz_attempt WHERE learner_id = ? AND quiz_id = ?";
        try (Connection c = database.connection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, learnerId);
            s.setString(2, quizId);
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    int best = r.getInt(1);
                    return r.wasNull() ? OptionalInt.empty() : OptionalInt.of(best);
                }
                return OptionalInt.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read quiz scores", e);
        }
    }

    public void recordVisit(String learnerId, String lessonId) {
        Timestamp now = Timestamp.from(Instant.now());
        String update = "UPDATE lesson_visit SET last_visit = ? WHERE learner_id = ? AND lesson_id = ?";
        String insert = "INSERT INTO lesson_visit (learner_id, lesson_id, first_visit, last_visit) VALUES (?, ?, ?, ?)";
        try (Connection c = database.connection()) {
            try (PreparedStatement s = c.prepareStatement(update)) {
                s.setTimestamp(1, now);
                s.setString(2, learnerId);
                s.setString(3, lessonId);
                if (s.executeUpdate() > 0) {
                    return;
                }
            }
            try (PreparedStatement s = c.prepareStatement(insert)) {
                s.setString(1, learnerId);
                s.setString(2, lessonId);
                s.setTimestamp(3, now);
                s.setTimestamp(4, now);
                s.executeUpdate();
            } catch (SQLException e) {
                // a parallel request inserted it first: that visit counts
                if (!"23505".equals(e.getSQLState())) {
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not record a lesson visit", e);
        }
    }

    /** Everything the course map shows of one learner. */
    public LearnerProgress progress(String learnerId) {
        Set<String> visited = new HashSet<>();
        Optional<String> last = Optional.empty();
        Map<String, Integer> best = new HashMap<>();
        Map<String, Integer> totals = new HashMap<>();
        Set<String> exercises = new HashSet<>();
        try (Connection c = database.connection()) {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT lesson_id FROM lesson_visit WHERE learner_id = ? ORDER BY last_visit DESC")) {
                s.setString(1, learnerId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        if (last.isEmpty()) {
                            last = Optional.of(r.getString(1));
                        }
                        visited.add(r.getString(1));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT quiz_id, MAX(correct), MAX(total) FROM quiz_attempt WHERE learner_id = ? GROUP BY quiz_id")) {
                s.setString(1, learnerId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        best.put(r.getString(1), r.getInt(2));
                        totals.put(r.getString(1), r.getInt(3));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT DISTINCT lesson_id FROM training_run WHERE learner_id = ? AND state = 'FINISHED'")) {
                s.setString(1, learnerId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        exercises.add(r.getString(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read progress", e);
        }
        return new LearnerProgress(visited, last, best, totals, exercises);
    }
}
