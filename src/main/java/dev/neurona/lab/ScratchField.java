package dev.neurona.lab;

import dev.neurona.nn.FieldError;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Every setting a learner may give module 2's from-scratch network, described once: its key, the
 * range lesson 2.5 teaches and its default. Parsing a value checks it against the range.
 */
public enum ScratchField {
    /** Draws both the 1000 points and the initial weights (lesson 2.2's {@code random_state=42}). */
    SEED("seed", 0, 999_999, true, "42"),
    /** The step size of gradient descent; lesson 2.5 trains well between 0.0001 and 0.002. */
    LEARNING_RATE("learning_rate", 0.0001, 0.002, false, "0.001"),
    /** Full-batch updates of a whole training (lesson 2.5: 10,000 to 50,000). */
    ITERATIONS("iterations", 10_000, 50_000, true, "20000"),
    /** Updates one request may ask for; the server may make fewer to answer within its time budget. */
    CHUNK("chunk", 1, 2_000, true, "1000");

    private final String key;
    private final double min;
    private final double max;
    private final boolean integer;
    private final String defaultValue;

    ScratchField(String key, double min, double max, boolean integer, String defaultValue) {
        this.key = key;
        this.min = min;
        this.max = max;
        this.integer = integer;
        this.defaultValue = defaultValue;
    }

    public String key() {
        return key;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    public String defaultValue() {
        return defaultValue;
    }

    /**
     * This field's value in {@code values} (a decimal comma is accepted: learners type 0,001), or
     * its default when {@code optional} and absent.
     *
     * @throws ScratchInputException if it is missing, not a number, not whole, or out of range
     */
    double parse(Map<String, String> values, boolean optional) {
        String raw = values.get(key);
        if (raw == null || raw.isBlank()) {
            if (optional) {
                return Double.parseDouble(defaultValue);
            }
            throw new ScratchInputException(FieldError.of(key, FieldError.Problem.REQUIRED, ""));
        }
        String text = raw.trim();
        BigDecimal value;
        try {
            value = new BigDecimal(text.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new ScratchInputException(FieldError.of(key, FieldError.Problem.NOT_A_NUMBER, text));
        }
        if (integer && value.stripTrailingZeros().scale() > 0) {
            throw new ScratchInputException(FieldError.of(key, FieldError.Problem.NOT_AN_INTEGER, text));
        }
        if (value.doubleValue() < min) {
            throw new ScratchInputException(new FieldError(key, FieldError.Problem.BELOW_MIN, text, format(min)));
        }
        if (value.doubleValue() > max) {
            throw new ScratchInputException(new FieldError(key, FieldError.Problem.ABOVE_MAX, text, format(max)));
        }
        return value.doubleValue();
    }

    int parseInt(Map<String, String> values, boolean optional) {
        return (int) parse(values, optional);
    }

    private String format(double limit) {
        return integer ? Long.toString((long) limit) : BigDecimal.valueOf(limit).stripTrailingZeros().toPlainString();
    }
}
