package dev.neurona.runs;

import dev.neurona.runs.events.DoneEvent;
import dev.neurona.runs.events.ResultEvent;
import dev.neurona.runs.events.RunErrorEvent;
import dev.neurona.runs.events.StatusEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.jboss.logging.Logger;

/** Ends a run: its final state and events, its stored summary, and the news for whoever observes runs. */
@ApplicationScoped
class RunCompletion {

    private static final Logger LOG = Logger.getLogger(RunCompletion.class);

    @Inject
    RunRepository repository;

    @Inject
    RunMetrics metrics;

    @Inject
    RunNotifier notifier;

    /** Ends {@code run} in {@code state}; {@code result} is its test result when it finished. */
    void end(TrainingRun run, RunState state, Optional<ResultEvent> result) {
        if (state == RunState.CANCELLED && run.cancelledByInstructor()) {
            run.errorCode(RunSummary.CANCELLED_BY_INSTRUCTOR);
            run.log().append(new RunErrorEvent(RunSummary.CANCELLED_BY_INSTRUCTOR, ""));
        }
        run.state(state);
        metrics.ended(run, state);
        run.log().append(StatusEvent.of(state, run.trainRows(), run.errorCode()));
        try {
            repository.finish(run, TrainingEvents.history(run), result);
        } catch (RuntimeException e) {
            LOG.errorf(e, "could not store the summary of run %s", run.id());
        }
        run.log().append(new DoneEvent(state));
        notifier.runEnded(new RunEnded(run.id(), run.learnerId(), run.exerciseId(), state));
        notifier.runsChanged();
    }

    /** Ends a run that did not finish normally, saying why first. */
    void fail(TrainingRun run, String code, String detail) {
        run.errorCode(code);
        run.log().append(new RunErrorEvent(code, detail));
        end(run, RunState.FAILED, Optional.empty());
    }
}
