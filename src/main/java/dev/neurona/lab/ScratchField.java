package dev.neurona.lab;

import dev.neurona.nn.FieldError;
import dev.neurona.nn.Setting;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every setting a learner may give module 2's from-scratch network, described once: its key, the
 * range lesson 2.5 teaches and its default. Reading and range checks are those of every {@link Setting}.
 */
public enum ScratchField implements Setting {
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

    @Override
    public String key() {
        return key;
    }

    @Override
    public boolean integer() {
        return integer;
    }

    @Override
    public double min() {
        return min;
    }

    @Override
    public double max() {
        return max;
    }

    @Override
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
        if (optional && (raw == null || raw.isBlank())) {
            raw = defaultValue;
        }
        List<FieldError> errors = new ArrayList<>(1);
        return read(raw, errors).orElseThrow(() -> new ScratchInputException(errors.get(0)));
    }

    int parseInt(Map<String, String> values, boolean optional) {
        return (int) parse(values, optional);
    }
}
