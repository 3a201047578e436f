package dev.neurona.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.data.FeatureMap;
import dev.neurona.data.PlaygroundData;
import dev.neurona.data.TensorDataset;
import dev.neurona.data.Toy2dKind;
import dev.neurona.data.TrainTestSplit;
import dev.neurona.data.TruthTable;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;

/**
 * The configurations lessons 1.6 and 1.12 promise will work, trained with the real {@link Trainer}
 * and judged on the TEST points: if a change to the trainer or the data breaks one, the lesson lies.
 */
class PlaygroundTrainingTest {


    /** One sigmoid output with binary cross-entropy, as every playground network ends. */
    private static NetworkSpec spec(int inputs, List<DenseLayerSpec> hidden, Optimizer optimizer, double learningRate,
            int epochs, int batchSize, long seed) {
        return new NetworkSpec("playground", inputs, hidden, 1, Activation.SIGMOID, Loss.BINARY_CROSSENTROPY,
                optimizer, learningRate, epochs, batchSize, 0, seed);
    }

    /** Trains on the train side and returns the test evaluation, with the time it took in the message. */
    private static TestEvaluation trainAndTest(String name, NetworkSpec spec, TensorDataset train, TensorDataset test) {
        long started = System.nanoTime();
        MultiLayerNetwork network = new Trainer().train(spec, train, TrainingObserver.QUIET).network();
        double seconds = (System.nanoTime() - started) / 1e9;
        TestEvaluation result = new Evaluator(0).evaluate(network, test);
        System.out.printf("playground %s: test accuracy %.3f, test loss %.3f, trained in %.1f s%n", name, result.accuracy(), result.loss(), seconds);
        return result;
    }

    private static TestEvaluation playground(String name, PlaygroundData data, FeatureMap features, NetworkSpec spec) {
        TrainTestSplit split = data.split();
        return trainAndTest(name, spec, features.apply(split.train()), features.apply(split.test()));
    }

    @Test
    void theCircleNeedsNoHiddenLayerGivenTheSquares() {
        PlaygroundData circle = new PlaygroundData(Toy2dKind.CIRCLE, 500, 0.1, 0.5, 1);
        FeatureMap squares = FeatureMap.parse("x1sq,x2sq");
        TestEvaluation solved = playground("circle x1sq,x2sq", circle, squares, spec(2, List.of(), Optimizer.SGD, 0.3, 30, 10, 1));
        assertTrue(solved.accuracy() >= 0.95, "circle with x1², x2²: " + solved.accuracy());

        // the same neuron on the raw coordinates can only draw a line through the disc
        TestEvaluation line = playground("circle x1,x2", circle, FeatureMap.COORDINATES, spec(2, List.of(), Optimizer.SGD, 0.3, 30, 10, 1));
        assertTrue(line.accuracy() < 0.75, "a line cannot separate the circle: " + line.accuracy());
    }

    @Test
    void theSpiralIsSolvedByFourReluLayers() {
        PlaygroundData spiral = new PlaygroundData(Toy2dKind.SPIRAL, 500, 0.1, 0.8, 5);
        List<DenseLayerSpec> hidden = List.of(new DenseLayerSpec(6, Activation.RELU), new DenseLayerSpec(6, Activation.RELU),
                new DenseLayerSpec(6, Activation.RELU), new DenseLayerSpec(4, Activation.RELU));
        TestEvaluation result = playground("spiral x1,x2 6-6-6-4 relu", spiral, FeatureMap.COORDINATES,
                spec(2, hidden, Optimizer.ADAM, 0.03, 200, 50, 5));
        assertTrue(result.accuracy() >= 0.95, "spiral: " + result.accuracy());
    }

    @Test
    void aTwoTwoOneNetworkLearnsXor() {
        TensorDataset table = TruthTable.xor(1);
        TestEvaluation result = trainAndTest("xor gate 2-2-1 sigmoid", spec(2, List.of(new DenseLayerSpec(2, Activation.SIGMOID)),
                Optimizer.ADAM, 0.1, 500, 4, 1), table, table);
        assertArrayEquals(new int[][] {{2, 0}, {0, 2}}, result.confusion(), "all four rows right");
    }
}
