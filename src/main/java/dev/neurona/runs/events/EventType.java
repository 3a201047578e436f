package dev.neurona.runs.events;

/** The names a run's events go by, on the SSE stream and in the docs. */
public enum EventType {
    STATUS("status"),
    BATCH("batch"),
    EPOCH("epoch"),
    RESULT("result"),
    /** Not "error": a server-sent event of that name reaches EventSource's own error handler. */
    RUN_ERROR("run-error"),
    POINTS("points"),
    GRID("grid"),
    /** A rescued run trains again from its start, on another node. */
    RESTART("restart"),
    DONE("done");

    private final String sseName;

    EventType(String sseName) {
        this.sseName = sseName;
    }

    /** The event's name on the wire (the SSE {@code event:} field). */
    public String sseName() {
        return sseName;
    }

    /** The type of an SSE name, as {@link #sseName()} spells it. */
    public static EventType of(String sseName) {
        for (EventType type : values()) {
            if (type.sseName.equals(sseName)) {
                return type;
            }
        }
        throw new IllegalArgumentException("no run event is named " + sseName);
    }
}
