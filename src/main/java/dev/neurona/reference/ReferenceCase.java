package dev.neurona.reference;

/**
 * One line of the reference table: an exercise, the value we measured, the course's reference
 * result and the range our value must fall in.
 */
public record ReferenceCase(String exercise, String measure, double value, String reference, double min, double max,
        double seconds) {

    public boolean passes() {
        return Double.isFinite(value) && value >= min && value <= max;
    }

    /** The tolerance as the table prints it. */
    public String range() {
        if (min == Double.NEGATIVE_INFINITY) {
            return "≤ " + format(max);
        }
        if (max == Double.POSITIVE_INFINITY) {
            return "≥ " + format(min);
        }
        return format(min) + "–" + format(max);
    }

    static String format(double v) {
        return Math.abs(v) >= 10 ? String.format(java.util.Locale.ROOT, "%.1f", v) : String.format(java.util.Locale.ROOT, "%.4f", v);
    }
}
