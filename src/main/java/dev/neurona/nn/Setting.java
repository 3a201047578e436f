package dev.neurona.nn;

import dev.neurona.nn.FieldError.Problem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A setting described once: the key forms, links and exercise blocks write it with, whether it is a
 * whole number, its fixed range and its default. Reading a number and checking its range is the same
 * for every setting of the course, module 1's network ({@link SpecField}) and module 2's
 * from-scratch one alike.
 */
public interface Setting {

    String key();

    /** Whether the value is a whole number. */
    boolean integer();

    /** Lower bound of a numeric setting. */
    double min();

    /** Upper bound of a numeric setting, or NaN where it comes from a configurable limit or the data. */
    double max();

    /** The value an optional setting takes when it is left out; null for a required one. */
    String defaultValue();

    /** This setting's number in {@code raw} within its fixed range; a refusal is added to {@code errors}. */
    default Optional<Double> read(String raw, List<FieldError> errors) {
        return read(raw, max(), errors);
    }

    /** As {@link #read(String, List)}, with an upper bound given from elsewhere (NaN for none). */
    default Optional<Double> read(String raw, double max, List<FieldError> errors) {
        return readNumber(key(), raw, integer(), min(), max, errors);
    }

    /** Whether {@code value} lies in this setting's fixed range (NaN bounds do not count). */
    default boolean inRange(double value) {
        return !Double.isNaN(value) && !(value < min()) && (Double.isNaN(max()) || value <= max());
    }

    /**
     * A number as a learner types it (a decimal comma is accepted: 0,001), checked against
     * {@code min} and {@code max} (NaN for no upper bound); on refusal the reason goes to {@code errors}.
     */
    static Optional<Double> readNumber(String key, String raw, boolean integer, double min, double max, List<FieldError> errors) {
        String text = raw == null ? "" : raw.trim();
        if (text.isEmpty()) {
            errors.add(FieldError.of(key, Problem.REQUIRED, text));
            return Optional.empty();
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text.replace(',', '.'));
        } catch (NumberFormatException e) {
            errors.add(FieldError.of(key, Problem.NOT_A_NUMBER, text));
            return Optional.empty();
        }
        if (integer && value.stripTrailingZeros().scale() > 0) {
            errors.add(FieldError.of(key, Problem.NOT_AN_INTEGER, text));
            return Optional.empty();
        }
        if (value.compareTo(BigDecimal.valueOf(min)) < 0) {
            errors.add(new FieldError(key, Problem.BELOW_MIN, text, format(min)));
            return Optional.empty();
        }
        if (!Double.isNaN(max) && value.compareTo(BigDecimal.valueOf(max)) > 0) {
            errors.add(new FieldError(key, Problem.ABOVE_MAX, text, format(max)));
            return Optional.empty();
        }
        return Optional.of(value.doubleValue());
    }

    /** A number as a learner would write it: 0.001, not 1.0E-3; 5, not 5.0. */
    static String format(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
