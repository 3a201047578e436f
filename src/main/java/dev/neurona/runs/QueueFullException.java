package dev.neurona.runs;

/** The queue already holds as many runs as the server allows; the learner should retry later. */
public final class QueueFullException extends RunRefusedException {

    public QueueFullException(int limit) {
        super("the training queue is full (" + limit + " runs waiting)");
    }
}
