package dev.neurona.runs;

import java.util.List;

/** The spec asks for more than the learner's limits allow; nothing was queued. */
public final class LimitsExceededException extends RunRefusedException {

    private final List<LimitViolation> violations;

    public LimitsExceededException(List<LimitViolation> violations) {
        super("over the run limits: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<LimitViolation> violations() {
        return violations;
    }
}
