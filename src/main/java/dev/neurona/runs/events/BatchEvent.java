package dev.neurona.runs.events;

import dev.neurona.nn.Metric;

/**
 * A training batch's running loss and metric (sent a few times per second at most). {@code x} places it
 * on the epoch axis ({@code epoch - 1 + step / steps}); the metric's value goes by its Keras name.
 */
public record BatchEvent(int fold, int epoch, int step, int steps, double x, Double loss, Metric metric, Double metricValue)
        implements RunEventData {

    public BatchEvent {
        loss = RunEventData.finite(loss);
        metricValue = RunEventData.finite(metricValue);
    }

    public BatchEvent(int fold, int epoch, int step, int steps, Double loss, Metric metric, Double metricValue) {
        this(fold, epoch, step, steps, epoch - 1 + (double) step / steps, loss, metric, metricValue);
    }

    @Override
    public EventType type() {
        return EventType.BATCH;
    }
}
