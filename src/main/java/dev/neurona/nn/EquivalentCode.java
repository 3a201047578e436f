package dev.neurona.nn;

/**
 * The Keras (Python) and DL4J (Java) code that trains what a spec describes, so a learner can
 * take the experiment out of the browser. Both are generated from the same spec as the run.
 */
public final class EquivalentCode {

    private EquivalentCode() {
    }

    /** The Keras program, written as the dataset's lesson writes it. */
    public static String keras(NetworkSpec spec) {
        return KerasCode.of(spec);
    }

    /** The DL4J program: the network {@link NetworkFactory} builds and the loop {@link Trainer} runs. */
    public static String dl4j(NetworkSpec spec) {
        return Dl4jCode.of(spec);
    }
}
