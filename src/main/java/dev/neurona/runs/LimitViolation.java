package dev.neurona.runs;

/**
 * A configuration field over a limit of the learner's class: {@code field} is the form field to show
 * the message beside, {@code allowed} the limit and {@code requested} what the spec asked for.
 */
public record LimitViolation(String field, Kind kind, long allowed, long requested) {

    /** Which limit was exceeded. */
    public enum Kind {
        /** Epochs per run. */
        EPOCHS,
        /** Trainable parameters. */
        PARAMETERS,
        /** The rows a run trains on leave nothing after the validation rows or folds asked for. */
        TRAIN_ROWS
    }
}
