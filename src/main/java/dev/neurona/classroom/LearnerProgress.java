package dev.neurona.classroom;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A learner's progress through the course: lessons opened (and the last one), best quiz scores,
 * and the lessons whose exercise they finished at least once.
 */
public record LearnerProgress(Set<String> visitedLessons, Optional<String> lastLesson, Map<String, Integer> quizBest,
        Map<String, Integer> quizTotals, Set<String> exercisesDone) {

    public boolean visited(String lessonId) {
        return visitedLessons.contains(lessonId);
    }

    public boolean exerciseDone(String lessonId) {
        return exercisesDone.contains(lessonId);
    }

    /** "8/10" for a quiz the learner has tried, or empty. */
    public String quizScore(String quizId) {
        Integer best = quizBest.get(quizId);
        return best == null ? "" : best + "/" + quizTotals.get(quizId);
    }
}
