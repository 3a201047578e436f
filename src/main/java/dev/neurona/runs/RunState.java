package dev.neurona.runs;

import java.util.Locale;

/** Where a run is in its life. */
public enum RunState {
    QUEUED,
    RUNNING,
    FINISHED,
    CANCELLED,
    FAILED;

    /** How events, pages and metrics name the state: {@code queued}, {@code running}, … */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isTerminal() {
        return this == FINISHED || this == CANCELLED || this == FAILED;
    }
}
