package dev.neurona.runs;

import dev.neurona.runs.events.EventType;
import dev.neurona.runs.events.RunEventData;
import dev.neurona.runs.events.RunEventJson;

/**
 * One event of a run, in the single vocabulary every run uses ({@link EventType}); {@code id}
 * increases within a run so a reconnecting client can resume after the last one it saw. {@code json}
 * is written once, when the event is logged: every subscriber and every replay sends the same text.
 */
public record RunEvent(long id, RunEventData data, String json) {

    /** The event with its JSON written from {@code data}. */
    public RunEvent(long id, RunEventData data) {
        this(id, data, RunEventJson.write(data));
    }

    public static final String STATUS = EventType.STATUS.sseName();
    public static final String BATCH = EventType.BATCH.sseName();
    public static final String EPOCH = EventType.EPOCH.sseName();

    /** A plane run's decision map after an epoch. */
    public static final String GRID = EventType.GRID.sseName();

    /** A plane run's raw points, once at the start. */
    public static final String POINTS = EventType.POINTS.sseName();

    public static final String RESULT = EventType.RESULT.sseName();

    /** Why a run did not finish normally (a code and a detail). */
    public static final String ERROR = EventType.RUN_ERROR.sseName();

    public static final String DONE = EventType.DONE.sseName();

    /** The event's SSE name. */
    public String type() {
        return data.type().sseName();
    }
}
