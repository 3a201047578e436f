package dev.neurona.runs.events;

import dev.neurona.nn.Metric;
import dev.neurona.runs.RunState;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** Events of every kind, with every optional part both present and absent, as runs send them. */
final class EventSamples {

    private EventSamples() {}

    static final DecisionMap MAP =
            new DecisionMap(
                    2,
                    1.5,
                    List.of(0.1, 0.25, 0.5, 0.999),
                    List.of(List.of(0.5, -0.25, 1.0), List.of(-1.2, 0.3, 0.0)),
                    List.of(List.of(0.1, 0.1, 1.0)));

    static List<RunEventData> all() {
        return List.of(
                StatusEvent.queued(2, 40),
                StatusEvent.of(RunState.RUNNING, OptionalInt.empty(), Optional.empty()),
                StatusEvent.of(RunState.RUNNING, OptionalInt.of(1000), Optional.empty()),
                StatusEvent.of(RunState.FAILED, OptionalInt.of(1000), Optional.of("time_limit")),
                new StatusEvent(
                        RunState.QUEUED,
                        1,
                        OptionalLong.of(0),
                        OptionalInt.empty(),
                        Optional.empty()),
                new BatchEvent(0, 1, 1, 469, 2.3, Metric.ACCURACY, 0.11),
                new BatchEvent(2, 3, 10, 20, Double.NaN, Metric.MAE, 3.5),
                new EpochEvent(0, 1, 5, 469, 2.5, 0.31, Metric.ACCURACY, 0.91, 0.2, 0.94),
                new EpochEvent(0, 2, 5, 469, 2.4, 0.25, Metric.ACCURACY, 0.93, null, null),
                new EpochEvent(3, 7, 80, 7, 0.1, 12.5, Metric.MAE, 2.5, 14.0, 2.75),
                new EpochEvent(
                        0,
                        1,
                        5,
                        16,
                        0.2,
                        Double.POSITIVE_INFINITY,
                        Metric.ACCURACY,
                        Double.NaN,
                        null,
                        null),
                new ClassificationResult(
                        "mnist",
                        10_000,
                        0.12,
                        0.9712,
                        List.of("0", "1"),
                        List.of(List.of(5, 1), List.of(0, 4)),
                        List.of(new ClassificationResult.Misclassified(17, 1, 0, 0.62)),
                        Optional.empty()),
                new ClassificationResult(
                        "playground",
                        100,
                        null,
                        0.5,
                        List.of("0", "1"),
                        List.of(List.of(50, 0), List.of(50, 0)),
                        List.of(),
                        Optional.of(MAP)),
                new RegressionResult(
                        102,
                        21.5,
                        3.1,
                        6.5,
                        List.of(List.of(21.0, 20.5), List.of(15.2, 17.0)),
                        Arrays.asList(4.5, null, 3.0)),
                new RegressionResult(102, Double.NaN, 3.1, 6.5, List.of(), List.of()),
                new RunErrorEvent("time_limit", "PT30M"),
                new RunErrorEvent("interrupted", null),
                new PointsEvent(MAP.train(), MAP.test()),
                new GridEvent(3, 2, 1.5, List.of(0.0, 0.5, 0.75, 1.0), 0.69),
                new GridEvent(1, 2, 1.5, List.of(0.0, 0.5, 0.75, 1.0), null),
                new RestartEvent(2, RestartEvent.NODE_LOST),
                new DoneEvent(RunState.FINISHED),
                new DoneEvent(RunState.CANCELLED));
    }
}
