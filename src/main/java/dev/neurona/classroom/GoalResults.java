package dev.neurona.classroom;

import dev.neurona.store.Jdbc;

import dev.neurona.lesson.CourseContent;
import dev.neurona.lesson.ExerciseDefinition;
import dev.neurona.runs.RunRepository;
import dev.neurona.runs.RunState;
import dev.neurona.runs.RunSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
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
        return runs.find(runId).map(this::check).orElse(false);
    }

    private boolean check(RunSummary run) {
        if (run.state() != RunState.FINISHED) {
            return false;
        }
        Optional<Goal> goal = goalOf(run.exerciseId());
        if (goal.isEmpty() || !goal.get().metBy(RunMeasures.of(run))) {
            return false;
        }
        try {
            jdbc.update("INSERT INTO goal_result (learner_id, exercise_id, run_id, met_at) VALUES (?, ?, ?, ?)",
                    run.learnerId(), run.exerciseId(), run.id(), Instant.now());
        } catch (SQLException e) {
            if (!Jdbc.UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new IllegalStateException("could not record a goal met by run " + run.id(), e);
            }
            // met before: the first run that met it stays on record
        }
        return true;
    }

    /** A learner's standing on an exercise's goal, and what their latest finished run still misses. */
    public GoalStatus status(String learnerId, String exerciseId, Goal goal) {
        Optional<RunSummary> latest = runs.forLearner(learnerId, 200).stream()
                .filter(r -> r.exerciseId().equals(exerciseId) && r.state() == RunState.FINISHED).findFirst();
        Optional<String> met = metBy(learnerId, exerciseId);
        // earlier runs were checked as they ended; the latest one's check may still be on its way
        if (met.isEmpty() && latest.isPresent() && check(latest.get())) {
            met = metBy(learnerId, exerciseId);
        }
        Map<String, OptionalDouble> measured = latest.map(RunMeasures::of).orElse(Map.of());
        return new GoalStatus(goal, met, latest.isPresent() ? goal.unmet(measured) : List.of(), measured);
    }

    /** The runs with which a learner met goals, one per exercise. */
    public List<String> runsThatMetGoals(String learnerId) {
        return jdbc.query("SELECT run_id FROM goal_result WHERE learner_id = ?", r -> r.getString(1), learnerId);
    }

    /** The run with which a learner first met an exercise's goal. */
    public Optional<String> metBy(String learnerId, String exerciseId) {
        return jdbc.first("SELECT run_id FROM goal_result WHERE learner_id = ? AND exercise_id = ?", r -> r.getString(1), learnerId, exerciseId);
    }
}
