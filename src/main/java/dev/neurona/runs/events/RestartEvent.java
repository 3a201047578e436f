package dev.neurona.runs.events;

/**
 * A run starts training again from the beginning, on another node, because the node that trained it
 * stopped answering: the page clears its curves and epoch table, so no epoch shows twice.
 * {@code attempt} counts the times a node took the run (2 for the first restart).
 */
public record RestartEvent(int attempt, String reason) implements RunEventData {

    /** Why a run restarts: the node that trained it stopped answering. */
    public static final String NODE_LOST = "node_lost";

    @Override
    public EventType type() {
        return EventType.RESTART;
    }
}
