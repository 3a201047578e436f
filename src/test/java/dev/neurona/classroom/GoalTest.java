package dev.neurona.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.nn.Metric;
import dev.neurona.runs.RunState;
import dev.neurona.runs.RunSummary;
import dev.neurona.runs.events.EpochEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Goals parse from the lesson's line and are checked against what a stored run measured. */
class GoalTest {

    @Test
    void everyConditionMustHold() {
        Goal goal = Goal.parse("test_accuracy >= 0.97; parameters <= 500_000");
        assertEquals(2, goal.conditions().size());
        assertTrue(goal.metBy(Map.of("test_accuracy", OptionalDouble.of(0.9795), "parameters", OptionalDouble.of(407_050))));
        assertFalse(goal.metBy(Map.of("test_accuracy", OptionalDouble.of(0.9795), "parameters", OptionalDouble.of(669_706))));
        assertFalse(goal.metBy(Map.of("test_accuracy", OptionalDouble.of(0.9699), "parameters", OptionalDouble.of(1))));
        assertFalse(goal.metBy(Map.of("parameters", OptionalDouble.of(1))), "a missing measure never meets a condition");
        assertFalse(goal.metBy(Map.of("test_accuracy", OptionalDouble.of(Double.NaN), "parameters", OptionalDouble.of(1))));
        assertEquals(List.of(goal.conditions().get(0)), goal.unmet(Map.of("test_accuracy", OptionalDouble.of(0.5), "parameters", OptionalDouble.of(1))));
    }

    @Test
    void malformedGoalsSayWhatIsWrong() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Goal.parse("accuracy > 0.9")).getMessage().contains("accuracy > 0.9"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Goal.parse("speed >= 3")).getMessage().contains("speed"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Goal.parse("val_loss <= low")).getMessage().contains("low"));
        assertThrows(IllegalArgumentException.class, () -> Goal.parse(" ; "));
    }

    @Test
    void overfitIsHowFarTheLastValLossClimbedAboveItsBest() {
        RunSummary run = run(List.of(epoch(1, 0.40, 0.35), epoch(2, 0.30, 0.29), epoch(3, 0.20, 0.31)));
        Map<String, OptionalDouble> m = RunMeasures.of(run);
        assertEquals(0.31, m.get("val_loss").getAsDouble(), 1e-12);
        assertEquals(0.02, m.get("overfit").getAsDouble(), 1e-12);
        assertEquals(0.20, m.get("loss").getAsDouble(), 1e-12);
        assertTrue(Goal.parse("val_loss <= 0.32; overfit <= 0.05").metBy(m));
        assertFalse(Goal.parse("val_loss <= 0.30; overfit <= 0.05").metBy(m));
        assertFalse(Goal.parse("overfit <= 0.01").metBy(m));
    }

    private static EpochEvent epoch(int n, double loss, double valLoss) {
        return new EpochEvent(0, n, 3, 0, 0, loss, Metric.ACCURACY, 0.9, valLoss, 0.88);
    }

    private static RunSummary run(List<EpochEvent> epochs) {
        return new RunSummary("r", "l", "3.5", "imdb-3-5", "imdb", "src", Map.of(), 42, 160_033, epochs.size(), RunState.FINISHED,
                Instant.now(), Optional.of(Instant.now()), epochs.size(), epochs, Optional.empty(), OptionalDouble.of(0.3),
                OptionalDouble.of(0.88), OptionalDouble.empty(), Optional.empty(), Optional.empty(), java.util.OptionalInt.empty());
    }
}
