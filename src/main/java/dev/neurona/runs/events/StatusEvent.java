package dev.neurona.runs.events;

import dev.neurona.runs.RunState;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Where the run is: its state, its place in the queue (0 once it left it) and, when they apply, a
 * waiting run's estimated seconds to its start, the training rows a class limit cut its data to, and
 * why it ended (an error code).
 */
public record StatusEvent(RunState state, int position, OptionalLong etaSeconds, OptionalInt trainRows, Optional<String> reason)
        implements RunEventData {

    /** A waiting run's place and rounded estimated start. */
    public static StatusEvent queued(int position, long etaSeconds) {
        return new StatusEvent(RunState.QUEUED, position, OptionalLong.of(etaSeconds), OptionalInt.empty(), Optional.empty());
    }

    /** A run in {@code state} out of the queue, with the rows it trains on when limited and why it ended, if it failed. */
    public static StatusEvent of(RunState state, OptionalInt trainRows, Optional<String> reason) {
        return new StatusEvent(state, 0, OptionalLong.empty(), trainRows, reason);
    }

    @Override
    public EventType type() {
        return EventType.STATUS;
    }
}
