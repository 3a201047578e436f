package dev.neurona.lab;

/** A chunk of training that cannot run now: the learner's previous chunk is still running, or the server is full. */
public class ScratchBusyException extends RuntimeException {

    /** Whose turn it is not. */
    public enum Reason {
        /** This learner already has a chunk running (another tab, a double click). */
        LEARNER,
        /** Every slot for scratch training is taken by other learners. */
        SERVER
    }

    private final Reason reason;

    ScratchBusyException(Reason reason) {
        super(reason == Reason.LEARNER ? "a chunk of this training is already running" : "the server is busy");
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
