package dev.neurona.runs;

/** A run was not queued: the server's queue is full, the learner is at their limit, or the spec exceeds it. */
public abstract sealed class RunRefusedException extends Exception
        permits QueueFullException,
                LearnerBusyException,
                LimitsExceededException,
                MemoryShortException {

    RunRefusedException(String message) {
        super(message);
    }
}
