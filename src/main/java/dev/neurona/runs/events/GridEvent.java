package dev.neurona.runs.events;

import java.util.List;

/**
 * A plane run's decision map after an epoch: P(class 1) per cell of a {@code resolution × resolution}
 * grid over {@code [-range, range]²}, rounded to 3 decimals, and the test loss.
 */
public record GridEvent(int epoch, int resolution, double range, List<Double> probabilities, Double testLoss)
        implements RunEventData {

    public GridEvent {
        testLoss = RunEventData.finite(testLoss);
    }

    @Override
    public EventType type() {
        return EventType.GRID;
    }
}
