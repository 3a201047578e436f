package dev.neurona.nn;

/**
 * The prose of a take-home notebook, in the learner's language: the caller (which holds the
 * message bundles) fills it. Markdown throughout; {@code dataNote} and {@code generator} are empty
 * where they do not apply (the data is the same as Keras's, or no points are generated).
 */
public record NotebookText(
        String title,
        String intro,
        String data,
        String dataNote,
        String generator,
        String model,
        String fit,
        String evaluate) {}
