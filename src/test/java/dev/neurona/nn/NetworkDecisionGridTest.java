package dev.neurona.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.neurona.data.Feature;
import dev.neurona.data.FeatureMap;
import dev.neurona.nn.DecisionGrid;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/** The decision map of a DL4J network, checked on networks whose weights are set by hand. */
class NetworkDecisionGridTest {

    /** A network with no hidden layer: p = sigmoid(w · features + b). */
    private static MultiLayerNetwork neuron(float[] weights, float bias) {
        NetworkSpec spec = new NetworkSpec("playground", weights.length, List.of(), 1, Activation.SIGMOID,
                Loss.BINARY_CROSSENTROPY, Optimizer.SGD, 0.1, 1, 10, 0, 1);
        MultiLayerNetwork network = NetworkFactory.build(spec);
        network.getLayer(0).setParam("W", Nd4j.create(weights, new long[] {weights.length, 1}, DataType.FLOAT));
        network.getLayer(0).setParam("b", Nd4j.create(new float[] {bias}, new long[] {1, 1}, DataType.FLOAT));
        return network;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    @Test
    void columnsFollowX1AndRowsFollowX2() {
        // p = sigmoid(2·x1 − x2): depends on the column through x1 and on the row through x2
        DecisionGrid grid = NetworkDecisionGrid.of(neuron(new float[] {2, -1}, 0), FeatureMap.COORDINATES, 5, 1);
        assertEquals(5, grid.resolution());
        double[] coordinates = {-1, -0.5, 0, 0.5, 1};
        for (int row = 0; row < 5; row++) {
            for (int col = 0; col < 5; col++) {
                assertEquals(sigmoid(2 * coordinates[col] - coordinates[row]), grid.probability(row, col), 1e-6,
                        "row " + row + " col " + col);
            }
        }
        assertEquals(1, grid.classAt(0, 4), "x1 = 1, x2 = −1");
        assertEquals(0, grid.classAt(4, 0), "x1 = −1, x2 = 1");
    }

    @Test
    void theFeaturesAreAppliedToEveryGridPoint() {
        // with x1², x2² one neuron draws a circle: p = sigmoid(10·(x1² + x2² − 0.25)), 0.5 on radius 0.5
        MultiLayerNetwork circle = neuron(new float[] {10, 10}, -2.5f);
        DecisionGrid grid = NetworkDecisionGrid.of(circle, FeatureMap.of(Feature.X1_SQUARED, Feature.X2_SQUARED), 41, 2);
        assertEquals(41 * 41, grid.probabilities().length);
        assertEquals(sigmoid(-2.5), grid.probability(20, 20), 1e-6, "centre");
        assertEquals(0.5, grid.probability(20, 25), 1e-6, "x1 = 0.5 on the circle");
        assertEquals(0.5, grid.probability(15, 20), 1e-6, "x2 = −0.5 on the circle");
        assertEquals(sigmoid(10 * (4 + 4 - 0.25)), grid.probability(40, 0), 1e-6, "corner (−2, 2)");
        assertEquals(0, grid.classAt(22, 18));
        assertEquals(1, grid.classAt(30, 20));
    }

    @Test
    void refusesFeaturesTheNetworkDoesNotTakeAndBadGrids() {
        MultiLayerNetwork network = neuron(new float[] {1, 1}, 0);
        assertThrows(IllegalArgumentException.class, () -> NetworkDecisionGrid.of(network, FeatureMap.of(Feature.X1), 10, 1));
        assertThrows(IllegalArgumentException.class, () -> NetworkDecisionGrid.of(network, FeatureMap.COORDINATES, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> NetworkDecisionGrid.of(network, FeatureMap.COORDINATES, 10, 0));
    }
}
