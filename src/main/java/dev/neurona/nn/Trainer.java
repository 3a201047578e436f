package dev.neurona.nn;

import dev.neurona.data.Examples;
import dev.neurona.data.TensorDataset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Random;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Trains a network the way Keras's {@code fit} does: validation rows are held out (the last
 * {@code validation_split}, or the first N), the rest is shuffled every epoch (seeded) and fed in
 * mini-batches; each epoch ends with the validation loss and metric.
 */
public final class Trainer {

    /** Validation and test examples are scored in chunks of this size to bound memory. */
    static final int EVALUATION_CHUNK = 2000;

    private final boolean fastPath;

    /** A trainer that takes the fast Dense path ({@link DenseStep}) wherever a spec allows it. */
    public Trainer() {
        this(true);
    }

    /** {@code fastPath false}: always DL4J's own {@code fit} (the reference the fast path is tested against). */
    public Trainer(boolean fastPath) {
        this.fastPath = fastPath;
    }

    /** Trains on {@code data} with the hold-out the spec asks for. */
    public TrainingOutcome train(NetworkSpec spec, Examples data, TrainingObserver observer) {
        Holdout holdout = Holdout.of(spec, data.size());
        return fit(spec, data, holdout, 0, observer);
    }

    /** Trains a fresh network on {@code holdout.train()} rows, validating on {@code holdout.validation()}. */
    public TrainingOutcome fit(
            NetworkSpec spec, Examples data, Holdout holdout, int fold, TrainingObserver observer) {
        Runnable done = SpareCores.shared().working();
        try {
            try (BatchBuffers batches = new BatchBuffers()) {
                return fitCounted(spec, data, holdout, fold, observer, batches);
            }
        } finally {
            done.run();
        }
    }

    /** fit, while this run is counted among those training (for {@link SpareCores}). */
    private TrainingOutcome fitCounted(
            NetworkSpec spec,
            Examples data,
            Holdout holdout,
            int fold,
            TrainingObserver observer,
            BatchBuffers batches) {
        MultiLayerNetwork network = NetworkFactory.build(spec);
        BatchMetricListener batchMetric = new BatchMetricListener(spec);
        network.setListeners(batchMetric);
        Optional<DenseStep> fast = fastPath ? DenseStep.of(spec, network) : Optional.empty();

        int[] trainRows = holdout.train();
        int[] order = trainRows.clone();
        int steps = (order.length + spec.batchSize() - 1) / spec.batchSize();
        Random random = new Random(spec.seed());
        List<EpochResult> history = new ArrayList<>();
        EarlyStopping early = spec.earlyStopping();
        double bestValLoss = Double.POSITIVE_INFINITY;
        int bestEpoch = 0;
        int epochsWithoutImprovement = 0;
        INDArray bestParams = null;

        for (int epoch = 1; epoch <= spec.epochs(); epoch++) {
            shuffle(order, random);
            long started = System.nanoTime();
            double lossSum = 0;
            double metricSum = 0;
            long seen = 0;
            for (int step = 0; step < steps; step++) {
                if (observer.stopRequested()) {
                    fast.ifPresent(DenseStep::finish);
                    return new TrainingOutcome(network, history, true);
                }
                int from = step * spec.batchSize();
                int to = Math.min(order.length, from + spec.batchSize());
                TensorDataset batch = batches.next(data, Arrays.copyOfRange(order, from, to));
                int size = to - from;
                if (fast.isPresent()) {
                    double[] result = fast.get().fit(batch.features(), batch.labels());
                    lossSum += result[0] * size;
                    metricSum += result[1];
                } else {
                    batchMetric.expect(batch.labels());
                    network.fit(batch.features(), batch.labels());
                    lossSum += network.score() * size;
                    metricSum +=
                            batchMetric
                                    .sum()
                                    .orElseGet(
                                            () ->
                                                    spec.metric()
                                                            .sum(
                                                                    network.output(
                                                                            batch.features(),
                                                                            false),
                                                                    batch.labels()));
                }
                seen += size;
                observer.onBatch(
                        new BatchProgress(
                                fold, epoch, step + 1, steps, lossSum / seen, metricSum / seen));
            }
            OptionalDouble valLoss = OptionalDouble.empty();
            OptionalDouble valMetric = OptionalDouble.empty();
            if (holdout.validation().length > 0) {
                Score score = score(network, spec.metric(), data, holdout.validation(), batches);
                valLoss = OptionalDouble.of(score.loss());
                valMetric = OptionalDouble.of(score.metric());
            }
            // the network as fit would leave it (updater state, iteration count): observers may
            // save it
            fast.ifPresent(DenseStep::finish);
            double seconds = (System.nanoTime() - started) / 1e9;
            EpochResult result =
                    new EpochResult(
                            fold,
                            epoch,
                            spec.epochs(),
                            steps,
                            seconds,
                            lossSum / seen,
                            metricSum / seen,
                            valLoss,
                            valMetric);
            history.add(result);
            observer.onEpoch(result);
            observer.onNetwork(result, network);
            if (early.isOn() && valLoss.isPresent()) {
                if (valLoss.getAsDouble() < bestValLoss) {
                    bestValLoss = valLoss.getAsDouble();
                    bestEpoch = epoch;
                    epochsWithoutImprovement = 0;
                    if (early.restoreBest()) {
                        bestParams = network.params().dup();
                    }
                } else if (++epochsWithoutImprovement >= early.patience()) {
                    return finish(network, history, true, bestEpoch, bestParams);
                }
            }
        }
        return early.isOn()
                ? finish(network, history, false, bestEpoch, bestParams)
                : new TrainingOutcome(network, history, false);
    }

    private static TrainingOutcome finish(
            MultiLayerNetwork network,
            List<EpochResult> history,
            boolean stoppedEarly,
            int bestEpoch,
            INDArray bestParams) {
        if (bestParams != null) {
            network.setParams(bestParams);
        }
        return new TrainingOutcome(
                network,
                history,
                false,
                stoppedEarly,
                bestEpoch > 0 ? OptionalInt.of(bestEpoch) : OptionalInt.empty());
    }

    /** Mean loss and metric of a network on some rows, without training. */
    record Score(double loss, double metric) {}

    static Score score(MultiLayerNetwork network, Metric metric, Examples data, int[] rows) {
        try (BatchBuffers buffers = new BatchBuffers()) {
            return score(network, metric, data, rows, buffers);
        }
    }

    /**
     * Rows scored at once: up to {@value #EVALUATION_CHUNK}, fewer for wide inputs so a chunk's
     * features stay near 8 MB (2,000 IMDB reviews as multi-hot rows were 80 MB).
     */
    public static int evaluationChunk(int inputs) {
        return Math.max(
                256, Math.min(EVALUATION_CHUNK, (8 << 20) / Float.BYTES / Math.max(1, inputs)));
    }

    private static Score score(
            MultiLayerNetwork network,
            Metric metric,
            Examples data,
            int[] rows,
            BatchBuffers buffers) {
        double lossSum = 0;
        double metricSum = 0;
        DenseInference.Scorer scorer = DenseInference.scorer(network);
        int chunkRows = evaluationChunk(data.inputs());
        for (int from = 0; from < rows.length; from += chunkRows) {
            int to = Math.min(rows.length, from + chunkRows);
            TensorDataset chunk = buffers.next(data, Arrays.copyOfRange(rows, from, to));
            DenseInference.Scored scored = scorer.score(chunk.features(), chunk.labels(), metric);
            lossSum += scored.loss() * (to - from);
            metricSum += scored.metricSum();
        }
        return new Score(lossSum / rows.length, metricSum / rows.length);
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
}
