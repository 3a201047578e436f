package dev.neurona.nn;

import dev.neurona.data.TensorDataset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Trains a network the way Keras's {@code fit} does: the last {@code validation_split} of the data is
 * held out, the rest is shuffled every epoch (seeded) and fed in mini-batches; each epoch ends with
 * the validation loss and accuracy.
 */
public final class Trainer {

    /** Validation and test examples are scored in chunks of this size to bound memory. */
    static final int EVALUATION_CHUNK = 2000;

    public TrainingOutcome train(NetworkSpec spec, TensorDataset data, TrainingObserver observer) {
        MultiLayerNetwork network = NetworkFactory.build(spec);
        BatchAccuracyListener accuracy = new BatchAccuracyListener(spec);
        network.setListeners(accuracy);

        int total = data.size();
        int validationSize = (int) Math.round(total * spec.validationSplit());
        int trainSize = total - validationSize;
        int steps = (trainSize + spec.batchSize() - 1) / spec.batchSize();
        int[] order = new int[trainSize];
        for (int i = 0; i < trainSize; i++) {
            order[i] = i;
        }
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
            long correct = 0;
            long seen = 0;
            for (int step = 0; step < steps; step++) {
                if (observer.stopRequested()) {
                    return new TrainingOutcome(network, history, true);
                }
                int from = step * spec.batchSize();
                int to = Math.min(trainSize, from + spec.batchSize());
                int[] rows = java.util.Arrays.copyOfRange(order, from, to);
                INDArray features = Nd4j.pullRows(data.features(), 1, rows);
                INDArray labels = Nd4j.pullRows(data.labels(), 1, rows);
                accuracy.expect(labels);
                network.fit(features, labels);
                int size = to - from;
                lossSum += network.score() * size;
                correct += accuracy.correct() >= 0 ? accuracy.correct()
                        : Predictions.correct(network.output(features, false), labels);
                seen += size;
                observer.onBatch(new BatchProgress(epoch, step + 1, steps, lossSum / seen, (double) correct / seen));
            }
            OptionalDouble valLoss = OptionalDouble.empty();
            OptionalDouble valAccuracy = OptionalDouble.empty();
            if (validationSize > 0) {
                Score score = score(network, data.rows(trainSize, total));
                valLoss = OptionalDouble.of(score.loss());
                valAccuracy = OptionalDouble.of(score.accuracy());
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            EpochResult result = new EpochResult(epoch, spec.epochs(), steps, seconds, lossSum / seen,
                    (double) correct / seen, valLoss, valAccuracy);
            history.add(result);
            observer.onEpoch(result);
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
        return early.isOn() ? finish(network, history, false, bestEpoch, bestParams) : new TrainingOutcome(network, history, false);
    }

    private static TrainingOutcome finish(MultiLayerNetwork network, List<EpochResult> history, boolean stoppedEarly,
            int bestEpoch, INDArray bestParams) {
        if (bestParams != null) {
            network.setParams(bestParams);
        }
        return new TrainingOutcome(network, history, false, stoppedEarly,
                bestEpoch > 0 ? java.util.OptionalInt.of(bestEpoch) : java.util.OptionalInt.empty());
    }

    /** Mean loss and accuracy of a network on a dataset, without training. */
    record Score(double loss, double accuracy) {
    }

    static Score score(MultiLayerNetwork network, TensorDataset data) {
        double lossSum = 0;
        long correct = 0;
        for (int from = 0; from < data.size(); from += EVALUATION_CHUNK) {
            int to = Math.min(data.size(), from + EVALUATION_CHUNK);
            TensorDataset chunk = data.rows(from, to);
            INDArray features = chunk.features().dup();
            INDArray labels = chunk.labels().dup();
            lossSum += network.score(new org.nd4j.linalg.dataset.DataSet(features, labels), false) * (to - from);
            correct += Predictions.correct(network.output(features, false), labels);
        }
        return new Score(lossSum / data.size(), (double) correct / data.size());
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
