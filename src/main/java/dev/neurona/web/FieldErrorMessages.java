package dev.neurona.web;

import dev.neurona.nn.FieldError;

/** Words a refused field in the learner's language. */
final class FieldErrorMessages {

    private FieldErrorMessages() {
    }

    static String message(FieldError error, AppMessages msg) {
        if (error.field().equals(dev.neurona.nn.SpecField.FEATURES.key())) {
            // a list of checkboxes: say what to tick, and which key was not understood in a link
            return error.problem() == dev.neurona.nn.FieldError.Problem.REQUIRED ? msg.errNoFeatures() : msg.errUnknownFeature(error.value());
        }
        return switch (error.problem()) {
            case REQUIRED -> msg.errRequired();
            case NOT_A_NUMBER -> msg.errNotANumber(error.value());
            case NOT_AN_INTEGER -> msg.errNotAnInteger(error.value());
            case BELOW_MIN -> msg.errBelowMin(error.limit());
            case ABOVE_MAX -> msg.errAboveMax(error.limit());
            case UNKNOWN_CHOICE -> msg.errUnknownChoice(error.value());
            case LOSS_DOES_NOT_FIT_OUTPUT -> msg.errLossOutput(error.value(), error.limit());
            case TOO_MANY_PARAMETERS -> msg.errTooManyParameters(Formats.thousands(Long.parseLong(error.value())),
                    Formats.thousands(Long.parseLong(error.limit())));
            case TOO_MANY_LAYERS -> msg.errTooManyLayers(error.limit());
            case NEEDS_VALIDATION -> msg.errNeedsValidation();
            case UNKNOWN_FIELD -> msg.errUnknownField();
            case METRIC_DOES_NOT_FIT_OUTPUT -> msg.errMetricOutput(error.value(), error.limit());
            case SOFTMAX_NEEDS_CLASSES -> msg.errSoftmaxNeedsClasses(error.limit());
            case ONE_VALIDATION_ONLY -> msg.errOneValidationOnly();
            case NOT_ENOUGH_EXAMPLES -> msg.errNotEnoughExamples(error.limit());
        };
    }
}
