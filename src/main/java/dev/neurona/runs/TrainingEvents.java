package dev.neurona.runs;

import dev.neurona.data.TensorDataset;
import dev.neurona.nn.BatchProgress;
import dev.neurona.nn.DecisionGrid;
import dev.neurona.nn.EpochResult;
import dev.neurona.nn.Metric;
import dev.neurona.nn.RegressionEvaluation;
import dev.neurona.nn.TestEvaluation;
import dev.neurona.runs.events.BatchEvent;
import dev.neurona.runs.events.ClassificationResult;
import dev.neurona.runs.events.DecisionMap;
import dev.neurona.runs.events.EpochEvent;
import dev.neurona.runs.events.GridEvent;
import dev.neurona.runs.events.PointsEvent;
import dev.neurona.runs.events.RegressionResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Turns what the engine reports (batches, epochs, evaluations, decision grids) into run events. */
final class TrainingEvents {

    private TrainingEvents() {
    }

    static BatchEvent batch(BatchProgress p, Metric metric) {
        return new BatchEvent(p.fold(), p.epoch(), p.step(), p.steps(), p.loss(), metric, p.metric());
    }

    static EpochEvent epoch(EpochResult r, Metric metric) {
        return new EpochEvent(r.fold(), r.epoch(), r.epochs(), r.steps(), r.seconds(), r.loss(), metric, r.metric(),
                r.valLoss().isPresent() ? r.valLoss().getAsDouble() : null,
                r.valMetric().isPresent() ? r.valMetric().getAsDouble() : null);
    }

    static List<EpochEvent> history(TrainingRun run) {
        return run.history().stream().map(r -> epoch(r, run.spec().metric())).toList();
    }

    /** A classifier's test result; {@code classNames} label the confusion matrix's rows and columns. */
    static ClassificationResult result(TestEvaluation e, List<String> classNames, String dataset, Optional<DecisionMap> finalMap) {
        List<List<Integer>> confusion = Arrays.stream(e.confusion()).map(row -> Arrays.stream(row).boxed().toList()).toList();
        List<ClassificationResult.Misclassified> wrong = e.misclassified().stream()
                .map(m -> new ClassificationResult.Misclassified(m.index(), m.label(), m.predicted(), m.confidence())).toList();
        return new ClassificationResult(dataset, e.examples(), e.loss(), e.accuracy(), List.copyOf(classNames), confusion, wrong,
                finalMap);
    }

    /** A regression's test result, with the K-fold average curve when the run cross-validated. */
    static RegressionResult result(RegressionEvaluation e, double[] foldAverage) {
        return new RegressionResult(e.examples(), e.loss(), e.mae(), e.baselineMae(),
                e.pairs().stream().map(p -> List.of(p.actual(), p.predicted())).toList(),
                Arrays.stream(foldAverage).boxed().toList());
    }

    /** A plane run's final decision map with its points, as the browser's map draws them. */
    static DecisionMap finalMap(DecisionGrid grid, TensorDataset train, TensorDataset test) {
        return new DecisionMap(grid.resolution(), grid.range(), probabilities(grid), rows(train), rows(test));
    }

    /** A playground's decision map after an epoch, and its test loss. */
    static GridEvent grid(int epoch, DecisionGrid grid, double testLoss) {
        return new GridEvent(epoch, grid.resolution(), grid.range(), probabilities(grid), testLoss);
    }

    static PointsEvent points(TensorDataset train, TensorDataset test) {
        return new PointsEvent(rows(train), rows(test));
    }

    /** P(class 1) per cell, to 3 decimals: finer is invisible on the map and only makes the events longer. */
    private static List<Double> probabilities(DecisionGrid grid) {
        List<Double> p = new ArrayList<>(grid.probabilities().length);
        for (float v : grid.probabilities()) {
            p.add(Math.round(v * 1000) / 1000.0);
        }
        return p;
    }

    /** The points of a plane dataset as [x1, x2, label] rows. */
    private static List<List<Double>> rows(TensorDataset data) {
        List<List<Double>> rows = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            rows.add(List.of(Math.round(data.features().getDouble(i, 0) * 1e4) / 1e4,
                    Math.round(data.features().getDouble(i, 1) * 1e4) / 1e4, data.labels().getDouble(i, 0)));
        }
        return rows;
    }
}
