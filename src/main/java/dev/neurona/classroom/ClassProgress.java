package dev.neurona.classroom;

import dev.neurona.store.Jdbc;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads a whole class's progress in a few queries: visits, quiz bests, runs, goals met. */
@ApplicationScoped
public class ClassProgress {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Inject
    Jdbc jdbc;

    @Inject
    Classrooms classrooms;

    public List<LearnerRow> rows(String classId) {
        List<Member> roster = classrooms.roster(classId);
        Map<String, Set<String>> visited = new HashMap<>();
        Map<String, Instant> last = new HashMap<>();
        jdbc.query("SELECT v.learner_id, v.lesson_id, v.last_visit FROM lesson_visit v JOIN class_member m ON m.learner_id = v.learner_id"
                + " WHERE m.class_id = ?", r -> {
                    visited.computeIfAbsent(r.getString(1), k -> new HashSet<>()).add(r.getString(2));
                    latest(last, r.getString(1), r.getTimestamp(3).toInstant());
                    return null;
                }, classId);

        Map<String, Map<String, Integer>> best = new HashMap<>();
        Map<String, Map<String, Integer>> totals = new HashMap<>();
        jdbc.query("SELECT q.learner_id, q.quiz_id, MAX(q.correct), MAX(q.total), MAX(q.created_at) FROM quiz_attempt q"
                + " JOIN class_member m ON m.learner_id = q.learner_id WHERE m.class_id = ? GROUP BY q.learner_id, q.quiz_id", r -> {
                    best.computeIfAbsent(r.getString(1), k -> new HashMap<>()).put(r.getString(2), r.getInt(3));
                    totals.computeIfAbsent(r.getString(1), k -> new HashMap<>()).put(r.getString(2), r.getInt(4));
                    latest(last, r.getString(1), r.getTimestamp(5).toInstant());
                    return null;
                }, classId);

        Map<String, Integer> finished = new HashMap<>();
        Map<String, Integer> failedInARow = new HashMap<>();
        Map<String, Map<String, BestRun>> bestRuns = new HashMap<>();
        jdbc.query("SELECT r.id, r.learner_id, r.lesson_id, r.exercise_id, r.state, r.config_json, r.test_accuracy, r.test_mae, r.created_at"
                + " FROM training_run r JOIN class_member m ON m.learner_id = r.learner_id WHERE m.class_id = ? ORDER BY r.created_at", r -> {
                    String learner = r.getString("learner_id");
                    String state = r.getString("state");
                    latest(last, learner, r.getTimestamp("created_at").toInstant());
                    if ("FINISHED".equals(state)) {
                        finished.merge(learner, 1, Integer::sum);
                        failedInARow.put(learner, 0);
                        metricOf(r.getString("id"), learner, r.getString("lesson_id"), r.getString("exercise_id"), r.getString("config_json"),
                                r.getObject("test_accuracy"), r.getObject("test_mae"))
                                .ifPresent(run -> bestRuns.computeIfAbsent(learner, k -> new HashMap<>())
                                        .merge(run.exerciseId(), run, (a, b) -> b.betterThan(a) ? b : a));
                    } else if ("FAILED".equals(state)) {
                        failedInARow.merge(learner, 1, Integer::sum);
                    }
                    return null;
                }, classId);

        Map<String, Set<String>> goals = new HashMap<>();
        jdbc.query("SELECT g.learner_id, g.exercise_id, g.met_at FROM goal_result g JOIN class_member m ON m.learner_id = g.learner_id"
                + " WHERE m.class_id = ?", r -> {
                    goals.computeIfAbsent(r.getString(1), k -> new HashSet<>()).add(r.getString(2));
                    return null;
                }, classId);

        List<LearnerRow> rows = new ArrayList<>();
        for (Member m : roster) {
            String id = m.learnerId();
            rows.add(new LearnerRow(m, visited.getOrDefault(id, Set.of()), best.getOrDefault(id, Map.of()), totals.getOrDefault(id, Map.of()),
                    finished.getOrDefault(id, 0), failedInARow.getOrDefault(id, 0), goals.getOrDefault(id, Set.of()),
                    bestRuns.getOrDefault(id, Map.of()), Optional.ofNullable(last.get(id)).or(() -> Optional.of(m.joinedAt()))));
        }
        return rows;
    }

    /** Per exercise, every learner's best run, best first. */
    public static Map<String, List<BestRun>> leaderboard(List<LearnerRow> rows) {
        Map<String, List<BestRun>> board = new LinkedHashMap<>();
        for (LearnerRow row : rows) {
            row.bestByExercise().values().forEach(run -> board.computeIfAbsent(run.exerciseId(), k -> new ArrayList<>()).add(run));
        }
        board.values().forEach(list -> list.sort((a, b) -> a.betterThan(b) ? -1 : b.betterThan(a) ? 1 : 0));
        Map<String, List<BestRun>> sorted = new LinkedHashMap<>();
        board.keySet().stream().sorted(Comparator.naturalOrder()).forEach(k -> sorted.put(k, board.get(k)));
        return sorted;
    }

    private static Optional<BestRun> metricOf(String runId, String learner, String lessonId, String exerciseId, String configJson,
            Object accuracy, Object mae) {
        Map<String, String> config;
        try {
            config = MAPPER.readValue(configJson, new TypeReference<Map<String, String>>() { });
        } catch (Exception e) {
            config = Map.of();
        }
        if (mae instanceof Number n) {
            return Optional.of(new BestRun(runId, learner, exerciseId, lessonId, "mae", n.doubleValue(), config));
        }
        if (accuracy instanceof Number n) {
            return Optional.of(new BestRun(runId, learner, exerciseId, lessonId, "accuracy", n.doubleValue(), config));
        }
        return Optional.empty();
    }

    private static void latest(Map<String, Instant> last, String learner, Instant when) {
        last.merge(learner, when, (a, b) -> a.isAfter(b) ? a : b);
    }
}
