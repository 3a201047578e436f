package dev.neurona.nn;

/**
 * A Keras program in its parts: imports and seed, the generator of the playground's points (empty
 * for other data), data loading, the model (a {@code build_model()} function with K-fold), the
 * training and the test evaluation.
 */
record KerasProgram(
        String setup,
        String generator,
        String data,
        String model,
        String fit,
        String evaluate,
        boolean kFold) {

    /** The program as "Ver el código" shows it: one script, the generator left to the notebook. */
    String whole() {
        String modelAndFit = kFold ? "\n" + model + "\n\n" + fit : model + "\n" + fit;
        return setup + "\n" + data + "\n" + modelAndFit + "\n" + evaluate;
    }
}
