package dev.neurona.runs;

import dev.neurona.runs.events.DoneEvent;
import dev.neurona.runs.events.RunErrorEvent;
import dev.neurona.runs.events.StatusEvent;

/** The events of a run from before a restart (or evicted from memory), rebuilt from its stored summary. */
final class StoredRunReplay {

    private StoredRunReplay() {}

    /** Its final status, epochs, result, error and done, in the order the run sent them. */
    static RunEventLog log(RunSummary summary) {
        RunEventLog log = new RunEventLog(summary.epochEvents().size() + 8);
        log.append(StatusEvent.of(summary.state(), summary.trainRows(), summary.errorCode()));
        summary.epochEvents().forEach(log::append);
        summary.resultEvent().ifPresent(log::append);
        summary.errorCode().ifPresent(code -> log.append(new RunErrorEvent(code, "")));
        log.append(new DoneEvent(summary.state()));
        log.markRebuilt();
        return log;
    }
}
