package dev.neurona.nn;

import java.nio.FloatBuffer;

/**
 * The element-wise parts of a Dense layer's training step, each fused into one pass over the batch:
 * bias and activation after the forward product, loss and metric and the output delta, and the
 * activation derivative with the bias gradient on the way back. ND4J would make a native call per
 * operation (add, activation, subtract, scale, sum...), and on lesson 1.5's small batch those calls
 * cost about as much as the products themselves. Every formula is DL4J's: tested against it.
 */
final class DenseKernels {

    /** DL4J's clipping of probabilities before the log in its cross-entropy scores. */
    static final float SOFTMAX_CLIP = 1e-10f;
    static final float SIGMOID_CLIP = 1e-5f;

    private DenseKernels() {
    }

    /** {@code a = g(a + bias)} over an {@code n×units} row-major block; bias at {@code biasOffset} of {@code params}. */
    static void biasAndActivation(FloatBuffer a, int n, int units, FloatBuffer params, int biasOffset, Activation g) {
        float[] bias = new float[units];
        params.get(biasOffset, bias, 0, units);
        float[] row = new float[units];
        for (int r = 0; r < n; r++) {
            int at = r * units;
            a.get(at, row, 0, units);
            switch (g) {
                case RELU -> {
                    for (int j = 0; j < units; j++) {
                        row[j] = Math.max(0f, row[j] + bias[j]);
                    }
                }
                case SIGMOID -> {
                    for (int j = 0; j < units; j++) {
                        row[j] = sigmoid(row[j] + bias[j]);
                    }
                }
                case TANH -> {
                    for (int j = 0; j < units; j++) {
                        row[j] = (float) Math.tanh(row[j] + bias[j]);
                    }
                }
                case LINEAR -> {
                    for (int j = 0; j < units; j++) {
                        row[j] += bias[j];
                    }
                }
                case SOFTMAX -> {
                    for (int j = 0; j < units; j++) {
                        row[j] += bias[j];
                    }
                    softmax(row, units);
                }
            }
            a.put(at, row, 0, units);
        }
    }

    /**
     * {@code delta = dA ⊙ g'(Z)} written over {@code dA}, with g' from the layer's output {@code a}
     * (ReLU, sigmoid, tanh and softmax all have it in terms of their output); the column sums, the
     * bias gradient, go to {@code gradients} at {@code biasOffset}.
     */
    static void activationBackward(FloatBuffer dA, FloatBuffer a, int n, int units, Activation g, FloatBuffer gradients, int biasOffset) {
        float[] biasGradient = new float[units];
        float[] d = new float[units];
        float[] out = new float[units];
        for (int r = 0; r < n; r++) {
            int at = r * units;
            dA.get(at, d, 0, units);
            a.get(at, out, 0, units);
            switch (g) {
                case RELU -> {
                    // g'(Z) is 1 where A > 0 and 0 where A = 0. Written as a branch it was mispredicted on half
                    // the units (a quarter of the whole step); min(A·2²⁵⁴, 1) is exactly 1 for every positive
                    // float, even the smallest, and 0 for 0, with no branch, and the JIT vectorises it
                    for (int j = 0; j < units; j++) {
                        d[j] *= Math.min(out[j] * Float.MAX_VALUE * Float.MAX_VALUE, 1f);
                    }
                }
                case SIGMOID -> {
                    for (int j = 0; j < units; j++) {
                        d[j] *= out[j] * (1f - out[j]);
                    }
                }
                case TANH -> {
                    for (int j = 0; j < units; j++) {
                        d[j] *= 1f - out[j] * out[j];
                    }
                }
                case LINEAR -> {
                }
                case SOFTMAX -> {
                    // the full Jacobian of a row: dZ_i = a_i (dA_i − Σ_j dA_j a_j)
                    float dot = 0f;
                    for (int j = 0; j < units; j++) {
                        dot += d[j] * out[j];
                    }
                    for (int j = 0; j < units; j++) {
                        d[j] = out[j] * (d[j] - dot);
                    }
                }
            }
            for (int j = 0; j < units; j++) {
                biasGradient[j] += d[j];
            }
            dA.put(at, d, 0, units);
        }
        gradients.put(biasOffset, biasGradient, 0, units);
    }

    /**
     * The output layer for a loss paired with its activation (softmax + categorical cross-entropy,
     * sigmoid + binary cross-entropy, linear + MSE): the batch's mean loss and metric sum, and the
     * delta {@code out − labels} scaled as DL4J averages it, written to {@code delta}, with its column
     * sums as the bias gradient. {@code out} already holds the activated output.
     */
    static double[] output(FloatBuffer out, FloatBuffer labels, FloatBuffer delta, int n, int units, Loss loss, Metric metric,
            FloatBuffer gradients, int biasOffset) {
        float[] p = new float[units];
        float[] y = new float[units];
        float[] biasGradient = new float[units];
        double lossSum = 0;
        double metricSum = 0;
        float scale = loss == Loss.MSE ? 2f / (n * units) : 1f / n;
        for (int r = 0; r < n; r++) {
            int at = r * units;
            out.get(at, p, 0, units);
            labels.get(at, y, 0, units);
            lossSum += rowLoss(p, y, units, loss);
            metricSum += metric == Metric.ACCURACY ? (predictedClass(p, units) == predictedClass(y, units) ? 1 : 0) : absoluteError(p, y, units);
            for (int j = 0; j < units; j++) {
                float d = (p[j] - y[j]) * scale;
                p[j] = d;
                biasGradient[j] += d;
            }
            delta.put(at, p, 0, units);
        }
        gradients.put(biasOffset, biasGradient, 0, units);
        double meanLoss = loss == Loss.MSE ? lossSum / ((double) n * units) : lossSum / n;
        return new double[] {meanLoss, metricSum};
    }

    private static double rowLoss(float[] p, float[] y, int units, Loss loss) {
        double sum = 0;
        for (int j = 0; j < units; j++) {
            switch (loss) {
                case CATEGORICAL_CROSSENTROPY -> {
                    if (y[j] != 0f) {
                        sum -= y[j] * Math.log(clip(p[j], SOFTMAX_CLIP));
                    }
                }
                case BINARY_CROSSENTROPY -> {
                    float q = clip(p[j], SIGMOID_CLIP);
                    sum -= y[j] * Math.log(q) + (1 - y[j]) * Math.log(1 - q);
                }
                case MSE -> {
                    double e = p[j] - y[j];
                    sum += e * e;
                }
            }
        }
        return sum;
    }

    private static float clip(float p, float eps) {
        return Math.min(Math.max(p, eps), 1f - eps);
    }

    /** The same class rule as {@link Predictions}: argmax, or 0.5 as the threshold of a single column. */
    private static int predictedClass(float[] row, int units) {
        if (units == 1) {
            return Predictions.binaryClass(row[0]);
        }
        int best = 0;
        for (int j = 1; j < units; j++) {
            if (row[j] > row[best]) {
                best = j;
            }
        }
        return best;
    }

    private static double absoluteError(float[] p, float[] y, int units) {
        double sum = 0;
        for (int j = 0; j < units; j++) {
            sum += Math.abs(p[j] - y[j]);
        }
        return sum / units;
    }

    private static float sigmoid(float z) {
        return (float) (1.0 / (1.0 + Math.exp(-z)));
    }

    private static void softmax(float[] row, int units) {
        float max = Float.NEGATIVE_INFINITY;
        for (int j = 0; j < units; j++) {
            max = Math.max(max, row[j]);
        }
        double sum = 0;
        for (int j = 0; j < units; j++) {
            float e = (float) Math.exp(row[j] - max);
            row[j] = e;
            sum += e;
        }
        float inverse = (float) (1.0 / sum);
        for (int j = 0; j < units; j++) {
            row[j] *= inverse;
        }
    }
}
