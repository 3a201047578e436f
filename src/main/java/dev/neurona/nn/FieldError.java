package dev.neurona.nn;

/**
 * Why one field of a configuration was refused. {@code field} is a {@link SpecField} key, or
 * {@code hidden.N.units} / {@code hidden.N.activation} for hidden layer N; {@code limit} is the
 * bound that was crossed, if any, and {@code value} what the learner sent.
 */
public record FieldError(String field, Problem problem, String value, String limit) {

    /** The kinds of mistake, each with its own message in the UI. */
    public enum Problem {
        REQUIRED,
        NOT_A_NUMBER,
        NOT_AN_INTEGER,
        BELOW_MIN,
        ABOVE_MAX,
        UNKNOWN_CHOICE,
        LOSS_DOES_NOT_FIT_OUTPUT,
        TOO_MANY_PARAMETERS,
        TOO_MANY_LAYERS,
        NEEDS_VALIDATION,
        METRIC_DOES_NOT_FIT_OUTPUT,
        SOFTMAX_NEEDS_CLASSES,
        ONE_VALIDATION_ONLY,
        NOT_ENOUGH_EXAMPLES,
        UNKNOWN_FIELD
    }

    public static FieldError of(String field, Problem problem, String value) {
        return new FieldError(field, problem, value, "");
    }
}
