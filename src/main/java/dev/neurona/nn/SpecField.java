package dev.neurona.nn;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every setting of a network configuration, described once: its key (as in exercise blocks, forms
 * and URLs) and its numeric range. The form, the validation and the lesson defaults all derive from it.
 */
public enum SpecField {
    HIDDEN("hidden"),
    OUTPUT("output"),
    LOSS("loss"),
    OPTIMIZER("optimizer"),
    LEARNING_RATE("learning_rate", 1e-6, 10),
    EPOCHS("epochs", 1, Double.NaN),
    BATCH_SIZE("batch_size", 1, Double.NaN),
    VALIDATION_SPLIT("validation_split", 0, 0.5, "0"),
    SEED("seed", 0, Integer.MAX_VALUE),
    DROPOUT("dropout", 0, 0.9, "0"),
    L1("l1", 0, 1, "0"),
    L2("l2", 0, 1, "0"),
    PATIENCE("patience", 0, 100, "0"),
    RESTORE_BEST("restore_best", Double.NaN, Double.NaN, "false"),
    METRIC("metric", Double.NaN, Double.NaN, "accuracy"),
    /** Keras lessons hold out the first N training examples ({@code x_val = x_train[:N]}). */
    VALIDATION_FIRST("validation_first", 0, Double.NaN, "0"),
    /** K-fold cross-validation: k folds, 0 for none. */
    KFOLD("kfold", 0, 10, "0"),
    /** Playground only (lesson 1.12): the 2-D dataset, its size, noise, train share and the network's input features. */
    TOY("toy", Double.NaN, Double.NaN, "circle"),
    POINTS("points", 20, 2000, "500"),
    NOISE("noise", 0, 0.5, "0"),
    TRAIN_RATIO("train_ratio", 0.1, 0.9, "0.5"),
    /** No default for blank: a learner who unticks every feature must hear about it; absent means {@link #DEFAULT_FEATURES}. */
    FEATURES("features", Double.NaN, Double.NaN, null);

    /** The features a playground uses when its lesson names none: the coordinates. */
    public static final String DEFAULT_FEATURES = "x1, x2";


    private final String key;
    private final double min;
    private final double max;
    private final String defaultValue;

    SpecField(String key) {
        this(key, Double.NaN, Double.NaN);
    }

    SpecField(String key, double min, double max) {
        this(key, min, max, null);
    }

    SpecField(String key, double min, double max, String defaultValue) {
        this.key = key;
        this.min = min;
        this.max = max;
        this.defaultValue = defaultValue;
    }

    /** The value an optional field takes when it is left out; null for a required field. */
    public String defaultValue() {
        return defaultValue;
    }

    public String key() {
        return key;
    }

    /** Lower bound of a numeric field. */
    public double min() {
        return min;
    }

    /** Upper bound of a numeric field, or NaN where it comes from {@link SpecLimits}. */
    public double max() {
        return max;
    }

    public static Optional<SpecField> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key.trim())).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(SpecField::key).toList();
    }

    /** A number as a learner would write it: 0.001, not 1.0E-3. */
    static String format(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
