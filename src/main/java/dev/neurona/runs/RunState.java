package dev.neurona.runs;

/** Where a run is in its life. */
public enum RunState {
    QUEUED, RUNNING, FINISHED, CANCELLED, FAILED;

    public boolean isTerminal() {
        return this == FINISHED || this == CANCELLED || this == FAILED;
    }
}
