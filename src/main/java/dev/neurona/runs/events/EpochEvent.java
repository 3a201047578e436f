package dev.neurona.runs.events;

import dev.neurona.nn.Metric;

/**
 * One line of Keras's {@code fit} output: an epoch's train loss and metric and the validation ones
 * (null without a hold-out). {@code fold} is the K-fold fold (1..k), 0 for a single model; the metric's
 * values go by its Keras name ({@code accuracy}/{@code val_accuracy} or {@code mae}/{@code val_mae}).
 */
public record EpochEvent(int fold, int epoch, int epochs, int steps, double seconds, Double loss, Metric metric,
        Double metricValue, Double valLoss, Double valMetricValue) implements RunEventData {

    public EpochEvent {
        loss = RunEventData.finite(loss);
        metricValue = RunEventData.finite(metricValue);
        valLoss = RunEventData.finite(valLoss);
        valMetricValue = RunEventData.finite(valMetricValue);
    }

    @Override
    public EventType type() {
        return EventType.EPOCH;
    }
}
