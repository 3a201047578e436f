package dev.neurona.data;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/** Numeric examples with a real-valued target each, in the units of the source. */
public record RegressionData(double[][] features, double[] targets) {

    public RegressionData {
        if (features.length != targets.length) {
            throw new IllegalArgumentException("features and targets have different counts");
        }
    }

    public int size() {
        return targets.length;
    }

    public int featureCount() {
        return features.length == 0 ? 0 : features[0].length;
    }

    /** The examples at {@code indices}, in that order (sharing the feature rows). */
    public RegressionData select(int[] indices) {
        double[][] rows = new double[indices.length][];
        double[] selected = new double[indices.length];
        for (int i = 0; i < indices.length; i++) {
            rows[i] = features[indices[i]];
            selected[i] = targets[indices[i]];
        }
        return new RegressionData(rows, selected);
    }

    /**
     * Features scaled by {@code standardizer} as floats [n, features] and targets unscaled [n, 1], so
     * errors such as the MAE come out in the target's own unit (k$ for Boston Housing).
     */
    public TensorDataset tensors(Standardizer standardizer) {
        int n = size();
        int width = standardizer.features();
        float[] x = new float[n * width];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            double[] scaled = standardizer.apply(features[i]);
            for (int j = 0; j < width; j++) {
                x[i * width + j] = (float) scaled[j];
            }
            y[i] = (float) targets[i];
        }
        return new TensorDataset(Nd4j.create(x, new long[] {n, width}, DataType.FLOAT),
                Nd4j.create(y, new long[] {n, 1}, DataType.FLOAT));
    }
}
