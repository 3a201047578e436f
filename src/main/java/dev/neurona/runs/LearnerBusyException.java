package dev.neurona.runs;

/** The learner already has as many unfinished runs (running or waiting) as their limits allow. */
public final class LearnerBusyException extends RunRefusedException {

    private final int active;

    public LearnerBusyException(int active) {
        super("the learner already has " + active + " unfinished runs");
        this.active = active;
    }

    /** The learner's unfinished runs, which is also their limit. */
    public int active() {
        return active;
    }
}
