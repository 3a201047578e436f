package dev.neurona.web;

import dev.neurona.runs.LearnerBusyException;
import dev.neurona.runs.LimitViolation;
import dev.neurona.runs.LimitsExceededException;
import dev.neurona.runs.MemoryShortException;
import dev.neurona.runs.QueueFullException;
import dev.neurona.runs.RunRefusedException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Words why a run was not queued, in the learner's language, and the HTTP status that says it. */
final class RefusalMessages {

    static final int TOO_MANY_REQUESTS = 429;

    private RefusalMessages() {}

    /** Each field over a class limit with the message to show beside it. */
    static Map<String, String> byField(LimitsExceededException e, AppMessages msg) {
        Map<String, String> messages = new LinkedHashMap<>();
        for (LimitViolation violation : e.violations()) {
            messages.putIfAbsent(violation.field(), message(violation, msg));
        }
        return messages;
    }

    static String message(LimitViolation violation, AppMessages msg) {
        return switch (violation.kind()) {
            case EPOCHS -> msg.errClassEpochs(Formats.thousands(violation.allowed()));
            case PARAMETERS ->
                    msg.errClassParameters(
                            Formats.thousands(violation.requested()),
                            Formats.thousands(violation.allowed()));
            case TRAIN_ROWS -> msg.errClassTrainRows(Formats.thousands(violation.allowed()));
        };
    }

    /** One sentence for any refusal (where there is no form field to put it beside). */
    static String message(RunRefusedException e, AppMessages msg) {
        if (e instanceof LimitsExceededException limits) {
            return String.join(" ", byField(limits, msg).values());
        }
        if (e instanceof LearnerBusyException busy) {
            return msg.errLearnerBusy(busy.active());
        }
        if (e instanceof MemoryShortException) {
            return msg.errMemoryShort();
        }
        return msg.errQueueFull();
    }

    static int status(RunRefusedException e) {
        if (e instanceof LimitsExceededException) {
            return ExerciseResource.UNPROCESSABLE;
        }
        return e instanceof QueueFullException || e instanceof MemoryShortException
                ? 503
                : TOO_MANY_REQUESTS;
    }
}
