package dev.neurona.nn;

import java.util.Locale;
import java.util.Optional;

/** Activation functions a learner can choose, named as Keras names them. */
public enum Activation {
    RELU(org.nd4j.linalg.activations.Activation.RELU),
    SIGMOID(org.nd4j.linalg.activations.Activation.SIGMOID),
    TANH(org.nd4j.linalg.activations.Activation.TANH),
    SOFTMAX(org.nd4j.linalg.activations.Activation.SOFTMAX),
    LINEAR(org.nd4j.linalg.activations.Activation.IDENTITY);

    private final org.nd4j.linalg.activations.Activation dl4j;

    Activation(org.nd4j.linalg.activations.Activation dl4j) {
        this.dl4j = dl4j;
    }

    /** The Keras name, e.g. {@code relu}. */
    public String kerasName() {
        return name().toLowerCase(Locale.ROOT);
    }

    org.nd4j.linalg.activations.Activation dl4j() {
        return dl4j;
    }

    public static Optional<Activation> fromKerasName(String name) {
        for (Activation a : values()) {
            if (a.kerasName().equals(name.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
