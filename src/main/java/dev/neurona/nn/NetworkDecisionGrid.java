package dev.neurona.nn;

import dev.neurona.data.FeatureMap;
import dev.neurona.nn.DecisionGrid;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The decision map of a DL4J network with one sigmoid output (the playground's): P(class 1) at
 * every point of a square grid, laid out as module 2's {@link DecisionGrid} so both draw the same way.
 */
public final class NetworkDecisionGrid {

    public static final int MAX_RESOLUTION = 400;

    private NetworkDecisionGrid() {
    }

    /**
     * Asks {@code network} about {@code resolution}² points over [−range, range]², each turned into
     * the network's inputs by {@code features}. One batched forward pass: a live map is redrawn
     * every few epochs, and 1,600 rows at once cost about what one row does.
     */
    public static DecisionGrid of(MultiLayerNetwork network, FeatureMap features, int resolution, double range) {
        if (resolution < 2 || resolution > MAX_RESOLUTION || !(range > 0)) {
            throw new IllegalArgumentException("need 2 ≤ resolution ≤ " + MAX_RESOLUTION + " and range > 0");
        }
        long inputs = network.layerInputSize(0);
        if (inputs != features.size()) {
            throw new IllegalArgumentException("the network takes " + inputs + " inputs, the features are " + features.keys());
        }
        int points = resolution * resolution;
        DecisionGrid layout = new DecisionGrid(resolution, range, new float[points]);
        float[] xy = new float[2 * points];
        for (int row = 0; row < resolution; row++) {
            for (int col = 0; col < resolution; col++) {
                xy[2 * (row * resolution + col)] = (float) layout.coordinate(col);
                xy[2 * (row * resolution + col) + 1] = (float) layout.coordinate(row);
            }
        }
        INDArray input = features.apply(Nd4j.create(xy, new long[] {points, 2}, DataType.FLOAT));
        INDArray output = network.output(input, false);
        if (output.columns() != 1) {
            throw new IllegalArgumentException("a decision map needs one sigmoid output, the network has " + output.columns());
        }
        return new DecisionGrid(resolution, range, output.castTo(DataType.FLOAT).reshape(points).toFloatVector());
    }
}
