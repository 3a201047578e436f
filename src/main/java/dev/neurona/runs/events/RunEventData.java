package dev.neurona.runs.events;

/** What one event of a run says; {@link RunEventJson} gives every kind its JSON form. */
public sealed interface RunEventData
        permits StatusEvent,
                BatchEvent,
                EpochEvent,
                ResultEvent,
                RunErrorEvent,
                PointsEvent,
                GridEvent,
                RestartEvent,
                DoneEvent {

    EventType type();

    /** JSON has no NaN or infinity: a number that is not finite is sent, and kept, as null. */
    static Double finite(Double value) {
        return value != null && Double.isFinite(value) ? value : null;
    }
}
