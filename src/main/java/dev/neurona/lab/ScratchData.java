package dev.neurona.lab;

import dev.neurona.data.TensorDataset;
import java.util.List;

/**
 * Lesson 2.2's starting point for one seed: the 1000 points of the disc and the ring and the
 * network's freshly drawn weights and biases (W1, b1, W2, b2, W3, b3).
 */
public record ScratchData(long seed, Points points, List<Matrix> parameters, int parameterCount) {

    /** The points as three parallel arrays: coordinates x1, x2 and class (0 disc, 1 ring). */
    public record Points(float[] x1, float[] x2, int[] labels) {

        static Points of(TensorDataset data) {
            float[] features = data.features().dup('c').data().asFloat();
            float[] labels = data.labels().dup('c').data().asFloat();
            int n = labels.length;
            float[] x1 = new float[n];
            float[] x2 = new float[n];
            int[] classes = new int[n];
            for (int i = 0; i < n; i++) {
                x1[i] = features[2 * i];
                x2[i] = features[2 * i + 1];
                classes[i] = Math.round(labels[i]);
            }
            return new Points(x1, x2, classes);
        }
    }
}
