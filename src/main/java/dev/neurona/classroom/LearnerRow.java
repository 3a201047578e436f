package dev.neurona.classroom;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One learner's line on the dashboard and in the CSV: lessons, quizzes, runs and goals. */
public record LearnerRow(Member member, Set<String> visited, Map<String, Integer> quizBest, Map<String, Integer> quizTotal,
        int finishedRuns, int failedInARow, Set<String> goalsMet, Map<String, BestRun> bestByExercise,
        Optional<Instant> lastActivity) {

    public boolean visitedLesson(String lessonId) {
        return visited.contains(lessonId);
    }

    public Optional<BestRun> best(String exerciseId) {
        return Optional.ofNullable(bestByExercise.get(exerciseId));
    }
}
