package dev.neurona.classroom;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** Where a learner stands on a goal: the run that met it, or what their latest run still misses. */
public record GoalStatus(Goal goal, Optional<String> metByRun, List<Goal.Condition> unmetByLatest, Map<String, OptionalDouble> latest) {

    public boolean met() {
        return metByRun.isPresent();
    }

    public boolean tried() {
        return !latest.isEmpty();
    }

    /** The latest run's value of a measure, for "0.962 &lt; 0.97". */
    public String latestValue(String measure) {
        OptionalDouble v = latest.getOrDefault(measure, OptionalDouble.empty());
        if (v.isEmpty()) {
            return "—";
        }
        double d = v.getAsDouble();
        return d == Math.rint(d) && Math.abs(d) >= 1 ? Goal.format(d) : String.format(java.util.Locale.ROOT, "%.4f", d);
    }
}
