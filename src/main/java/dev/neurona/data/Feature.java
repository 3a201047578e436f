package dev.neurona.data;

import java.util.Optional;
import java.util.function.DoubleBinaryOperator;

/** One input the playground can give its network, computed from a point's coordinates (x1, x2). */
public enum Feature {
    X1("x1", "x₁", (x1, x2) -> x1),
    X2("x2", "x₂", (x1, x2) -> x2),
    X1_SQUARED("x1sq", "x₁²", (x1, x2) -> x1 * x1),
    X2_SQUARED("x2sq", "x₂²", (x1, x2) -> x2 * x2),
    X1_TIMES_X2("x1x2", "x₁·x₂", (x1, x2) -> x1 * x2),
    SIN_X1("sin1", "sin(x₁)", (x1, x2) -> Math.sin(x1)),
    SIN_X2("sin2", "sin(x₂)", (x1, x2) -> Math.sin(x2));

    private final String key;
    private final String label;
    private final DoubleBinaryOperator formula;

    Feature(String key, String label, DoubleBinaryOperator formula) {
        this.key = key;
        this.label = label;
        this.formula = formula;
    }

    /** The ASCII name used in forms, URLs and lesson blocks, e.g. {@code x1sq}. */
    public String key() {
        return key;
    }

    /** How the lesson writes it, e.g. {@code x₁²}. */
    public String label() {
        return label;
    }

    public double of(double x1, double x2) {
        return formula.applyAsDouble(x1, x2);
    }

    public static Optional<Feature> fromKey(String key) {
        for (Feature feature : values()) {
            if (feature.key.equals(key)) {
                return Optional.of(feature);
            }
        }
        return Optional.empty();
    }
}
