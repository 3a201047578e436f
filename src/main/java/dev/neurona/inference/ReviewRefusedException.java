package dev.neurona.inference;

/** Why a review cannot be scored; the web layer turns each reason into a status and a message. */
public class ReviewRefusedException extends RuntimeException {

    /** What was wrong: the run asked for or the text sent. */
    public enum Reason {
        /** No run has that id. */
        NO_RUN,
        /** The run trained on another dataset: its model does not read reviews. */
        NOT_IMDB,
        /** The run is queued or training: there is no model yet. */
        NOT_FINISHED,
        /** The run was cancelled or failed, or its model file is gone. */
        NO_MODEL,
        /** The model does not give a probability (its training diverged, say). */
        UNUSABLE,
        /** The text has no words. */
        EMPTY,
        /** The text is longer than {@link ReviewScoringService#MAX_CHARACTERS}. */
        TOO_LONG
    }

    private final Reason reason;

    ReviewRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
