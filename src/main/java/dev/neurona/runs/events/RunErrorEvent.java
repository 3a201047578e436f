package dev.neurona.runs.events;

/** Why a run did not finish normally: an error code and a detail (empty when there is none). */
public record RunErrorEvent(String code, String detail) implements RunEventData {

    public RunErrorEvent {
        detail = detail == null ? "" : detail;
    }

    @Override
    public EventType type() {
        return EventType.RUN_ERROR;
    }
}
