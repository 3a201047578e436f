package dev.neurona.classroom;

/** A classroom request that cannot be honoured; the reason names the message the learner or instructor sees. */
public class ClassroomException extends RuntimeException {

    /** Why: each maps to one UI message and one form field. */
    public enum Reason {
        ACCOUNT_EXISTS, WRONG_SETUP_CODE, BAD_USERNAME, WEAK_PASSWORD, BAD_CREDENTIALS,
        BAD_CLASS_NAME, UNKNOWN_CODE, BAD_DISPLAY_NAME, NAME_TAKEN, WRONG_PIN, BAD_LIMIT, BAD_BROADCAST
    }

    private final Reason reason;

    public ClassroomException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
