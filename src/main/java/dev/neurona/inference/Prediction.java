package dev.neurona.inference;

/**
 * What a trained model says about one 28×28 image: the predicted digit (the argmax) and the
 * probability of each class 0–9. {@code normalized} is true when the network's output layer
 * did not give a probability distribution (a sigmoid or linear output, say) and the values were
 * rescaled to sum to 1 for display; the predicted digit is the same either way.
 */
public record Prediction(int digit, float[] probabilities, boolean normalized) {
}
