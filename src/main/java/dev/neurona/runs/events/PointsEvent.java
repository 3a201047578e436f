package dev.neurona.runs.events;

import java.util.List;

/** A plane run's raw points as {@code [x1, x2, label]} rows, train and test apart; sent once, before training. */
public record PointsEvent(List<List<Double>> train, List<List<Double>> test) implements RunEventData {

    @Override
    public EventType type() {
        return EventType.POINTS;
    }
}
