package dev.neurona.web;

import dev.neurona.nn.FieldError;
import dev.neurona.runs.RunRefusedException;
import java.util.List;

/** A configuration that was not queued, with what the learner sent: each endpoint's exception mapper words it its own way. */
public final class SubmissionRefused extends RuntimeException {

    /** Why nothing was queued. */
    public sealed interface Reason permits Invalid, DatasetMissing, Refused {
    }

    /** The configuration breaks the network rules; the errors say where. */
    public record Invalid(List<FieldError> errors) implements Reason {
    }

    /** The exercise's dataset is not on this server. */
    public record DatasetMissing() implements Reason {
    }

    /** The run queue said no: queue full, learner busy, or over the learner's limits. */
    public record Refused(RunRefusedException refusal) implements Reason {
    }

    private final transient RunSubmission.Attempt attempt;
    private final transient Reason reason;

    SubmissionRefused(RunSubmission.Attempt attempt, Reason reason) {
        super(reason.toString(), reason instanceof Refused refused ? refused.refusal() : null, false, false);
        this.attempt = attempt;
        this.reason = reason;
    }

    public RunSubmission.Attempt attempt() {
        return attempt;
    }

    public Reason reason() {
        return reason;
    }
}
