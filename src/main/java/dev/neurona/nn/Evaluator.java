package dev.neurona.nn;

import dev.neurona.data.Examples;
import dev.neurona.data.TensorDataset;
import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Evaluates a trained network on test data: Keras's {@code evaluate} plus a confusion matrix and errors to look at. */
public final class Evaluator {

    private final int maxMisclassified;

    public Evaluator(int maxMisclassified) {
        this.maxMisclassified = maxMisclassified;
    }

    public TestEvaluation evaluate(MultiLayerNetwork network, Examples test) {
        int classes = Math.max(2, test.outputs());
        int[][] confusion = new int[classes][classes];
        List<TestEvaluation.Misclassified> wrong = new ArrayList<>();
        double lossSum = 0;
        long correct = 0;
        DenseInference.Scorer scorer = DenseInference.scorer(network);
        int rows = Trainer.evaluationChunk(test.inputs());
        try (BatchBuffers buffers = new BatchBuffers()) {
            for (int from = 0; from < test.size(); from += rows) {
                int to = Math.min(test.size(), from + rows);
                TensorDataset chunk = buffers.range(test, from, to);
                INDArray features = chunk.features();
                INDArray labels = chunk.labels();
                DenseInference.Scored scored = scorer.score(features, labels, Metric.ACCURACY);
                INDArray outputs = scored.outputs();
                lossSum += scored.loss() * (to - from);
                int[] predicted = Predictions.classes(outputs);
                int[] actual = Predictions.classes(labels);
                for (int i = 0; i < predicted.length; i++) {
                    confusion[actual[i]][predicted[i]]++;
                    if (predicted[i] == actual[i]) {
                        correct++;
                    } else if (wrong.size() < maxMisclassified) {
                        double confidence =
                                outputs.columns() == 1
                                        ? Math.abs(outputs.getDouble(i, 0) - 0.5) + 0.5
                                        : outputs.getDouble(i, predicted[i]);
                        wrong.add(
                                new TestEvaluation.Misclassified(
                                        from + i, actual[i], predicted[i], confidence));
                    }
                }
            }
        }
        return new TestEvaluation(
                test.size(),
                lossSum / test.size(),
                (double) correct / test.size(),
                confusion,
                List.copyOf(wrong));
    }

    /** Keras's {@code evaluate} for a regression: MSE and MAE on test, plus the predict-the-mean baseline. */
    public RegressionEvaluation evaluateRegression(
            MultiLayerNetwork network, Examples train, Examples test) {
        double trainMean = train.range(0, train.size()).labels().meanNumber().doubleValue();
        TensorDataset all = test.view(0, test.size());
        DenseInference.Scored scored =
                DenseInference.scorer(network).score(all.features(), all.labels(), Metric.MAE);
        INDArray predicted = scored.outputs();
        double loss = scored.loss();
        List<RegressionEvaluation.Pair> pairs = new ArrayList<>();
        double absolute = 0;
        double baseline = 0;
        for (int i = 0; i < test.size(); i++) {
            double actual = all.labels().getDouble(i, 0);
            double guess = predicted.getDouble(i, 0);
            pairs.add(new RegressionEvaluation.Pair(actual, guess));
            absolute += Math.abs(actual - guess);
            baseline += Math.abs(actual - trainMean);
        }
        return new RegressionEvaluation(
                test.size(),
                loss,
                absolute / test.size(),
                baseline / test.size(),
                List.copyOf(pairs));
    }
}
