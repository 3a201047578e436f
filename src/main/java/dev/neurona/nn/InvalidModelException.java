package dev.neurona.nn;

/** An uploaded file is not a DL4J model, or not one that fits the exercise's data. */
public class InvalidModelException extends Exception {

    /** What is wrong with the file, each with its own message in the UI. */
    public enum Reason { EMPTY, TOO_LARGE, NOT_A_MODEL, WRONG_SHAPE }

    private final Reason reason;

    public InvalidModelException(Reason reason, String detail, Throwable cause) {
        super(detail, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
