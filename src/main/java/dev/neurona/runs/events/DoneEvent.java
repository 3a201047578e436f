package dev.neurona.runs.events;

import dev.neurona.runs.RunState;

/** The last event of every run: its final state. The stream ends with it. */
public record DoneEvent(RunState state) implements RunEventData {

    @Override
    public EventType type() {
        return EventType.DONE;
    }
}
