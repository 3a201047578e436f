package dev.neurona.nn;

/**
 * What fights overfitting (lesson 3.4): Dropout after each hidden layer (the fraction of units
 * dropped, as Keras's {@code Dropout(rate)}) and L1/L2 penalties on the weights (Keras's λ).
 */
public record Regularization(double dropout, double l1, double l2) {

    public static final Regularization NONE = new Regularization(0, 0, 0);

    public boolean isNone() {
        return dropout == 0 && l1 == 0 && l2 == 0;
    }
}
