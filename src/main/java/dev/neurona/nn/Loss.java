package dev.neurona.nn;

import java.util.Locale;
import java.util.Optional;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/** Loss functions, named as Keras names them. */
public enum Loss {
    CATEGORICAL_CROSSENTROPY(LossFunction.MCXENT),
    BINARY_CROSSENTROPY(LossFunction.XENT),
    MSE(LossFunction.MSE);

    private final LossFunction dl4j;

    Loss(LossFunction dl4j) {
        this.dl4j = dl4j;
    }

    public String kerasName() {
        return name().toLowerCase(Locale.ROOT);
    }

    LossFunction dl4j() {
        return dl4j;
    }

    /** Whether this loss makes sense after {@code output}: cross-entropies need probabilities. */
    public boolean fits(Activation output) {
        return switch (this) {
            case CATEGORICAL_CROSSENTROPY -> output == Activation.SOFTMAX;
            case BINARY_CROSSENTROPY -> output == Activation.SIGMOID;
            case MSE -> true;
        };
    }

    public static Optional<Loss> fromKerasName(String name) {
        for (Loss l : values()) {
            if (l.kerasName().equals(name.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
