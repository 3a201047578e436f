package dev.neurona.nn;

/** Upper bounds that keep one learner's run from monopolising the server. */
public record SpecLimits(int maxHiddenLayers, int maxUnits, long maxParameters, int maxEpochs, int maxBatchSize) {

    /** Generous for the course's exercises (the MNIST default has 407,050 parameters). */
    public static SpecLimits defaults() {
        return new SpecLimits(8, 4096, 5_000_000, 1000, 8192);
    }
}
