package dev.neurona.web;

/** A request for an instructor page or API without an instructor session: 401 for nobody, 403 for a learner. */
public class InstructorOnlyException extends RuntimeException {

    private final boolean learner;

    InstructorOnlyException(boolean learner) {
        super(learner ? "forbidden" : "unauthorized");
        this.learner = learner;
    }

    int status() {
        return learner ? 403 : 401;
    }
}
