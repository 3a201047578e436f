package dev.neurona.inference;

/** A model whose answer cannot be shown: its shape does not fit the question, or its outputs are not finite numbers. */
public class UnusableModelException extends RuntimeException {

    UnusableModelException(String message) {
        super(message);
    }
}
