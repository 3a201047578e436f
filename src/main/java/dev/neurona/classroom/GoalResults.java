package dev.neurona.classroom;

import dev.neurona.lesson.CourseContent;
import dev.neurona.lesson.ExerciseDefinition;
import dev.neurona.runs.RunRepository;
import dev.neurona.runs.RunState;
import dev.neurona.runs.RunSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/** Checks finished runs against their exercise's goal, on the server, and records the goals learners met. */
@ApplicationScoped
public class GoalResults {

    private static final Logger LOG = Logger.getLogger(GoalResults.class);

    @Inject
    Jdbc jdbc;

    @Inject
    RunRepository runs;

    @Inject
    CourseContent content;

    /** Every finished run is checked as it ends, whether or not its learner still has the page open. */
    void onRunEnded(@jakarta.enterprise.event.Observes dev.neurona.runs.RunEnded ended) {
        if (ended.state() == RunState.FINISHED && goalOf(ended.exerciseId()).isPresent()) {
            try {
                check(ended.runId());
            } catch (RuntimeException e) {
                LOG.errorf(e, "could not check the goal of run %s", ended.runId());
            }
        }
    }

    /** The goal an exercise declares, if any. */
    public Optional<Goal> goalOf(String exerciseId) {
        return content.exercise(exerciseId).flatMap(GoalResults::goalOf);
    }

    static Optional<Goal> goalOf(ExerciseDefinition exercise) {
        String text = exercise.display().get("goal");
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Goal.parse(text));
        } catch (IllegalArgumentException e) {
            LOG.warnf("exercise %s has a malformed goal: %s", exercise.id(), e.getMessage());
            return Optional.empty();
        }
    }

    /** Checks one stored run; returns whether it met its exercise's goal (recording the first run that did). */
    public boolean check(String runId) {
        Optional<RunSummary> found = runs.find(runId);
        if (found.isEmpty() || found.get().state() != RunState.FINISHED) {
            return false;
        }
        RunSummary run = found.get();
        Optional<Goal> goal = goalOf(run.exerciseId());
        if (goal.isEmpty() || !goal.get().metBy(RunMeasures.of(run))) {
            return false;
        }
        try {
            jdbc.update("INSERT INTO goal_result (learner_id, exercise_id, run_id, met_at) VALUES (?, ?, ?, ?)",
                    run.learnerId(), run.exerciseId(), run.id(), Instant.now());
        } catch (SQLException e) {
            if (!Jdbc.UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new IllegalStateException("could not record a goal met by run " + runId, e);
            }
            // met before: the first run that met it stays on record
        }
        return true;
    }

    /** A learner's standing on an exercise's goal, checking any of their finished runs not yet checked. */
    public GoalStatus status(String learnerId, String exerciseId, Goal goal) {
        Optional<String> met = metBy(learnerId, exerciseId);
        java.util.List<RunSummary> mine = runs.forLearner(learnerId, 200).stream()
                .filter(r -> r.exerciseId().equals(exerciseId) && r.state() == RunState.FINISHED).toList();
        if (met.isEmpty()) {
            // the run-ended check may still be on its way: the answer must not depend on that race
            for (RunSummary run : mine) {
                if (check(run.id())) {
                    met = metBy(learnerId, exerciseId);
                    break;
                }
            }
        }
        Optional<java.util.Map<String, java.util.OptionalDouble>> latest = mine.stream().findFirst().map(RunMeasures::of);
        return new GoalStatus(goal, met, latest.map(goal::unmet).orElse(java.util.List.of()), latest.orElse(java.util.Map.of()));
    }

    /** The runs with which a learner met goals, one per exercise. */
    public java.util.List<String> runsThatMetGoals(String learnerId) {
        return jdbc.query("SELECT run_id FROM goal_result WHERE learner_id = ?", r -> r.getString(1), learnerId);
    }

    /** The run with which a learner first met an exercise's goal. */
    public Optional<String> metBy(String learnerId, String exerciseId) {
        return jdbc.first("SELECT run_id FROM goal_result WHERE learner_id = ? AND exercise_id = ?", r -> r.getString(1), learnerId, exerciseId);
    }
}
