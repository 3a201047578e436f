package dev.neurona.runs;

import java.time.Instant;
import java.util.UUID;

/** Test helpers for runs a test cannot get by training: a run a previous server process left unfinished. */
public final class RunFixtures {

    private RunFixtures() {
    }

    /**
     * Stores a run as training, the way a server that stopped mid-run leaves it, then does what the
     * next start does ({@link RunRepository#failInterrupted()}); returns the run's id. Beware: any
     * other run stored as queued or running at that moment is marked interrupted too.
     */
    public static String interruptedRun(RunRepository repository, RunRequest request) {
        TrainingRun run = new TrainingRun(UUID.randomUUID().toString(), request, Instant.now(), new RunEventLog(8));
        run.state(RunState.RUNNING);
        repository.insert(run, "test");
        repository.failInterrupted();
        return run.id();
    }
}
