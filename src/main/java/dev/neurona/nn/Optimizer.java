package dev.neurona.nn;

import java.util.Locale;
import java.util.Optional;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.learning.config.Sgd;

/** Optimizers, with Keras's default hyper-parameters so results match the course's. */
public enum Optimizer {
    SGD,
    /** SGD with momentum 0.9 (DL4J implements it as Nesterov momentum). */
    MOMENTUM,
    /** Keras defaults: rho 0.9, epsilon 1e-7 (DL4J's own defaults differ). */
    RMSPROP,
    ADAM;

    public String kerasName() {
        return name().toLowerCase(Locale.ROOT);
    }

    IUpdater updater(double learningRate) {
        return switch (this) {
            case SGD -> new Sgd(learningRate);
            case MOMENTUM -> new Nesterovs(learningRate, 0.9);
            case RMSPROP -> new RmsProp(learningRate, 0.9, 1e-7);
            case ADAM -> new Adam(learningRate, 0.9, 0.999, 1e-7);
        };
    }

    public static Optional<Optimizer> fromKerasName(String name) {
        for (Optimizer o : values()) {
            if (o.kerasName().equals(name.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
