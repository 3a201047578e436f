package dev.neurona.classroom;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.OptionalInt;

/** A learner's quiz attempts, kept across restarts; retries are allowed and the best score counts. */
@ApplicationScoped
public class ProgressRepository {

    @Inject
    AgroalDataSource dataSource;

    public void recordAttempt(String learnerId, String quizId, int correct, int total) {
        String sql = "INSERT INTO quiz_attempt (learner_id, quiz_id, correct, total, created_at) VALUES (?, ?, ?, ?, ?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
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
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
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
}
