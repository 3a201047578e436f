package dev.neurona.data;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/** Logic gates as datasets: the four input pairs (0,0), (0,1), (1,0), (1,1) and the gate's 0/1 output. */
public final class TruthTable {

    /** The dataset name of lesson 1.6's exercise. */
    public static final String NAME = "xor";

    private static final float[][] INPUTS = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};

    private TruthTable() {
    }

    /**
     * XOR (lesson 1.6): labels 0, 1, 1, 0. The four rows come {@code copies} times in that order,
     * because an epoch of four examples is one tiny batch: copies give a few batches per epoch
     * without changing what is learnt. One copy is the table to test on.
     */
    public static TensorDataset xor(int copies) {
        if (copies < 1) {
            throw new IllegalArgumentException("copies must be at least 1: " + copies);
        }
        int n = 4 * copies;
        float[] features = new float[2 * n];
        float[] labels = new float[n];
        for (int i = 0; i < n; i++) {
            float[] input = INPUTS[i % 4];
            features[2 * i] = input[0];
            features[2 * i + 1] = input[1];
            labels[i] = input[0] != input[1] ? 1 : 0;
        }
        return new TensorDataset(
                Nd4j.create(features, new long[] {n, 2}, DataType.FLOAT),
                Nd4j.create(labels, new long[] {n, 1}, DataType.FLOAT));
    }
}
