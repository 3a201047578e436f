package dev.neurona.runs.events;

/** A finished run's scores on its test set: a classifier's or a regression's. */
public sealed interface ResultEvent extends RunEventData permits ClassificationResult, RegressionResult {

    @Override
    default EventType type() {
        return EventType.RESULT;
    }
}
