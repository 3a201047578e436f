package dev.neurona.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.store.Database;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Quiz attempts, lesson visits and finished exercises in the embedded H2 database; {@link ProgressRepositoryPostgresqlTest} repeats them on PostgreSQL. */
@QuarkusTest
class ProgressRepositoryTest {

    @Inject
    ProgressRepository progress;

    @Inject
    Database database;

    @Test
    void theBestAttemptCounts() {
        String learner = learner();
        assertEquals(OptionalInt.empty(), progress.bestScore(learner, "q-1-1"));
        progress.recordAttempt(learner, "q-1-1", 3, 5);
        progress.recordAttempt(learner, "q-1-1", 5, 5);
        progress.recordAttempt(learner, "q-1-1", 4, 5);
        progress.recordAttempt(learner(), "q-1-1", 1, 5);

        assertEquals(OptionalInt.of(5), progress.bestScore(learner, "q-1-1"));
        assertEquals(OptionalInt.empty(), progress.bestScore(learner, "q-2-1"));
        LearnerProgress mine = progress.progress(learner);
        assertEquals(Map.of("q-1-1", 5), mine.quizBest());
        assertEquals("5/5", mine.quizScore("q-1-1"));
    }

    @Test
    void visitsAreCountedOnceAndTheLastOneIsRemembered() throws Exception {
        String learner = learner();
        progress.recordVisit(learner, "1.1");
        progress.recordVisit(learner, "1.2");
        Thread.sleep(5); // elapsed time on purpose: two visits in the same millisecond would tie
        progress.recordVisit(learner, "1.1");

        LearnerProgress mine = progress.progress(learner);
        assertEquals(Set.of("1.1", "1.2"), mine.visitedLessons());
        assertEquals(Optional.of("1.1"), mine.lastLesson());
        assertFalse(mine.visited("2.1"));
    }

    @Test
    void theSameFirstVisitFromTwoTabsAtOnceIsNotAnError() throws Exception {
        String learner = learner();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<Void> visit = () -> {
                progress.recordVisit(learner, "1.3");
                return null;
            };
            for (Future<Void> done : pool.invokeAll(IntStream.range(0, 8).mapToObj(i -> visit).toList())) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(Set.of("1.3"), progress.progress(learner).visitedLessons());
    }

    @Test
    void aLessonCountsAsDoneOnceOneOfItsRunsFinished() throws Exception {
        String learner = learner();
        storeRun(learner, "1.5", "FINISHED");
        storeRun(learner, "3.3", "FAILED");
        storeRun(learner(), "3.9", "FINISHED");

        LearnerProgress mine = progress.progress(learner);
        assertTrue(mine.exerciseDone("1.5"));
        assertEquals(Set.of("1.5"), mine.exercisesDone());
    }

    @Test
    void aNewLearnerHasNoProgress() {
        LearnerProgress none = progress.progress(learner());
        assertEquals(Set.of(), none.visitedLessons());
        assertEquals(Optional.empty(), none.lastLesson());
        assertEquals(Map.of(), none.quizBest());
        assertEquals(Set.of(), none.exercisesDone());
    }

    // the runs package owns training_run; a bare row is all progress reads
    private void storeRun(String learner, String lesson, String state) throws Exception {
        String sql = "INSERT INTO training_run (id, learner_id, lesson_id, exercise_id, dataset, config_json, seed, parameters,"
                + " epochs, state, created_at) VALUES (?, ?, ?, 'an-exercise', 'mnist', '{}', 1, 10, 1, ?, ?)";
        try (Connection c = database.connection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, UUID.randomUUID().toString());
            s.setString(2, learner);
            s.setString(3, lesson);
            s.setString(4, state);
            s.setTimestamp(5, Timestamp.from(Instant.now()));
            s.executeUpdate();
        }
    }

    private static String learner() {
        return "learner-" + UUID.randomUUID();
    }
}
