package dev.neurona.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.data.DatasetFiles;
import dev.neurona.data.DatasetLibrary;
import dev.neurona.data.TensorDataset;
import dev.neurona.support.DenseCases;
import java.util.List;
import java.util.Optional;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

/** Scoring with one fast forward pass against DL4J's own output and score as the oracle. */
class DenseInferenceTest {

    private static TensorDataset mnist;

    @BeforeAll
    static void load() throws Exception {
        mnist = new DatasetLibrary(new DatasetFiles(Optional.empty())).mnistTrain().rows(0, 3000);
    }

    private static NetworkSpec spec(String hidden, Activation output, Loss loss, Regularization regularization) {
        List<DenseLayerSpec> layers = DenseCases.hidden(hidden);
        int outputs = loss == Loss.CATEGORICAL_CROSSENTROPY ? 10 : 1;
        Metric metric = loss == Loss.MSE ? Metric.MAE : Metric.ACCURACY;
        return new NetworkSpec("mnist", 784, layers, outputs, output, loss, Optimizer.RMSPROP, 0.001, 1, 128, 0, 42,
                regularization, EarlyStopping.OFF, metric, 0, 0, Optional.empty());
    }

    private static TensorDataset labelsFor(Loss loss) {
        return DenseCases.labelsFor(mnist, loss);
    }

    /** A network trained a little by DL4J itself, so its outputs are not the near-uniform ones of a fresh one. */
    private static MultiLayerNetwork trained(NetworkSpec spec, TensorDataset data) {
        MultiLayerNetwork network = NetworkFactory.build(spec);
        for (int batch = 0; batch < 8; batch++) {
            TensorDataset rows = data.rows(batch * 128, batch * 128 + 128);
            network.fit(rows.features().dup(), rows.labels().dup());
        }
        return network;
    }

    @ParameterizedTest
    @CsvSource({
        "512 relu, SOFTMAX, CATEGORICAL_CROSSENTROPY",
        "64 relu; 32 tanh, SOFTMAX, CATEGORICAL_CROSSENTROPY",
        "16 sigmoid, SIGMOID, BINARY_CROSSENTROPY",
        "32 relu; 16 relu, LINEAR, MSE",
        "24 tanh; 12 softmax; 8 linear, SOFTMAX, CATEGORICAL_CROSSENTROPY",
    })
    void outputsLossAndMetricAreDl4jsOwn(String hidden, Activation output, Loss loss) {
        NetworkSpec spec = spec(hidden, output, loss, Regularization.NONE);
        TensorDataset data = labelsFor(loss);
        MultiLayerNetwork network = trained(spec, data);
        DenseInference fast = DenseInference.of(network).orElseThrow();
        for (int[] range : new int[][] {{1024, 3000}, {0, 7}, {2000, 3000}}) {
            TensorDataset rows = data.rows(range[0], range[1]);
            DenseInference.Scored ours = fast.score(rows.features(), rows.labels(), spec.metric());
            INDArray expected = network.output(rows.features(), false);
            double difference = expected.sub(ours.outputs()).amaxNumber().doubleValue();
            assertTrue(difference < 1e-5 * Math.max(1, expected.amaxNumber().doubleValue()), "outputs differ by " + difference);
            double score = network.score(new DataSet(rows.features(), rows.labels()), false);
            assertEquals(score, ours.loss(), 1e-5 * Math.max(1, score), "loss of rows " + range[0] + "–" + range[1]);
            assertEquals(spec.metric().sum(expected, rows.labels()), ours.metricSum(), 1e-3);
        }
    }

    @Test
    void whatOnlyDl4jComputesIsLeftToIt() {
        // L2 is part of DL4J's score, Dropout builds another layer: the fast pass does not read those networks
        assertTrue(DenseInference.of(NetworkFactory.build(spec("32 relu", Activation.SOFTMAX, Loss.CATEGORICAL_CROSSENTROPY,
                new Regularization(0, 0, 0.01)))).isEmpty());
        assertTrue(DenseInference.of(NetworkFactory.build(spec("32 relu", Activation.SOFTMAX, Loss.CATEGORICAL_CROSSENTROPY,
                new Regularization(0.3, 0, 0)))).isEmpty());
        // a loss not paired with its output's activation is scored by DL4J
        assertTrue(DenseInference.of(NetworkFactory.build(spec("32 relu", Activation.SIGMOID, Loss.MSE, Regularization.NONE))).isEmpty());

        NetworkSpec l2 = spec("32 relu", Activation.SOFTMAX, Loss.CATEGORICAL_CROSSENTROPY, new Regularization(0, 0, 0.01));
        MultiLayerNetwork network = trained(l2, mnist);
        TensorDataset rows = mnist.rows(0, 500);
        DenseInference.Scored scored = DenseInference.scorer(network).score(rows.features(), rows.labels(), Metric.ACCURACY);
        assertEquals(network.score(new DataSet(rows.features(), rows.labels()), false), scored.loss(), 1e-12);
    }

    @Test
    void theTestEvaluationIsTheSameEitherWay() {
        NetworkSpec spec = spec("128 relu", Activation.SOFTMAX, Loss.CATEGORICAL_CROSSENTROPY, Regularization.NONE);
        MultiLayerNetwork network = trained(spec, mnist);
        TensorDataset test = mnist.rows(1024, 3000);
        TestEvaluation ours = new Evaluator(20).evaluate(network, test);
        // DL4J's own outputs, scored the way the evaluator counts
        INDArray outputs = network.output(test.features(), false);
        int[] predicted = Predictions.classes(outputs);
        int[] actual = Predictions.classes(test.labels());
        int[][] confusion = new int[10][10];
        for (int i = 0; i < predicted.length; i++) {
            confusion[actual[i]][predicted[i]]++;
        }
        for (int c = 0; c < 10; c++) {
            assertArrayEquals(confusion[c], ours.confusion()[c], "confusion row " + c);
        }
        assertEquals((double) Predictions.correct(outputs, test.labels()) / test.size(), ours.accuracy(), 1e-12);
        assertEquals(network.score(new DataSet(test.features(), test.labels()), false), ours.loss(), 1e-5);
    }
}
