package dev.neurona.classroom;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * An exercise's goal as its lesson declares it, e.g. {@code test_accuracy >= 0.97; parameters <= 500000}:
 * every condition must hold on the finished run.
 */
public record Goal(List<Condition> conditions) {

    /** The measures a goal may name: the run's test scores, its size and its last epoch. */
    public static final Set<String> MEASURES = Set.of("test_accuracy", "test_mae", "test_loss", "parameters", "epochs",
            "loss", "val_loss", "accuracy", "val_accuracy", "mae", "val_mae", "overfit");

    /** One comparison: {@code measure >= threshold} or {@code measure <= threshold}. */
    public record Condition(String measure, boolean atLeast, double threshold) {

        boolean holds(OptionalDouble value) {
            return value.isPresent() && Double.isFinite(value.getAsDouble())
                    && (atLeast ? value.getAsDouble() >= threshold : value.getAsDouble() <= threshold);
        }

        @Override
        public String toString() {
            return measure + (atLeast ? " ≥ " : " ≤ ") + format(threshold);
        }
    }

    /** Parses a goal line; a malformed one is a lesson author's mistake, reported with the offending part. */
    public static Goal parse(String text) {
        List<Condition> conditions = new ArrayList<>();
        for (String part : text.split("[;,]")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            String[] pieces = p.split("\\s*(>=|<=|≥|≤)\\s*");
            if (pieces.length != 2) {
                throw new IllegalArgumentException("goal condition '" + p + "' is not 'measure >= number' or 'measure <= number'");
            }
            String measure = pieces[0].strip().toLowerCase(Locale.ROOT);
            if (!MEASURES.contains(measure)) {
                throw new IllegalArgumentException("goal measure '" + measure + "' is not one of " + MEASURES);
            }
            boolean atLeast = p.contains(">=") || p.contains("≥");
            try {
                conditions.add(new Condition(measure, atLeast, Double.parseDouble(pieces[1].strip().replace("_", ""))));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("goal threshold '" + pieces[1] + "' is not a number");
            }
        }
        if (conditions.isEmpty()) {
            throw new IllegalArgumentException("empty goal");
        }
        return new Goal(List.copyOf(conditions));
    }

    /** Whether every condition holds for these measured values (a missing value never meets a condition). */
    public boolean metBy(Map<String, OptionalDouble> measured) {
        return conditions.stream().allMatch(c -> c.holds(measured.getOrDefault(c.measure(), OptionalDouble.empty())));
    }

    /** The conditions that failed, to tell the learner what is left. */
    public List<Condition> unmet(Map<String, OptionalDouble> measured) {
        return conditions.stream().filter(c -> !c.holds(measured.getOrDefault(c.measure(), OptionalDouble.empty()))).toList();
    }

    @Override
    public String toString() {
        return String.join(" · ", conditions.stream().map(Condition::toString).toList());
    }

    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) v).replace(',', '\u202f');
        }
        return Double.toString(v);
    }
}
