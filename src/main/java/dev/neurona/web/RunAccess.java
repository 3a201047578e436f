package dev.neurona.web;

import dev.neurona.runs.RunService;
import dev.neurona.runs.RunSummary;
import dev.neurona.runs.TrainingRun;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.util.Optional;

/**
 * Who may see or stop a run: the one place every run-scoped endpoint asks. Today that is the learner
 * who started it. A refusal looks exactly like a run that does not exist (404, same message), so run
 * ids cannot be probed.
 */
@RequestScoped
public class RunAccess {

    @Inject
    RunService runs;

    @Inject
    CurrentLearner learner;

    /**
     * Whether this request may read (and stop) the runs of learner {@code ownerLearnerId}. The seam for
     * the classroom: an instructor's session will also be allowed the runs of the learners in their class,
     * one more condition here.
     */
    boolean canRead(String ownerLearnerId) {
        return ownerLearnerId.equals(learner.id());
    }

    /** The learner who started the run, if this request may read it; empty for an unknown run or someone else's. */
    public Optional<String> owner(String runId) {
        // a live run answers from memory; older ones from the database
        return runs.find(runId).map(TrainingRun::learnerId)
                .or(() -> runs.summary(runId).map(RunSummary::learnerId))
                .filter(this::canRead);
    }

    /** The stored summary of a run this request may read; empty for an unknown run or someone else's. */
    public Optional<RunSummary> summary(String runId) {
        return runs.summary(runId).filter(run -> canRead(run.learnerId()));
    }

    /** The run an exercise shows: the one asked for if this request may read it, else the learner's latest of the exercise. */
    Optional<RunSummary> shown(String exerciseId, Optional<String> requested) {
        return requested.flatMap(this::summary).filter(r -> r.exerciseId().equals(exerciseId))
                .or(() -> runs.history(learner.id(), 50).stream().filter(r -> r.exerciseId().equals(exerciseId)).findFirst());
    }

    /** As {@link #owner}, or the 404 of a run that does not exist. */
    public String requireOwner(String runId) {
        return owner(runId).orElseThrow(() -> notFound(runId));
    }

    /** As {@link #summary}, or the 404 of a run that does not exist. */
    public RunSummary requireSummary(String runId) {
        return summary(runId).orElseThrow(() -> notFound(runId));
    }

    static NotFoundException notFound(String runId) {
        return new NotFoundException("no run " + runId);
    }
}
