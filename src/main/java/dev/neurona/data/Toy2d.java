package dev.neurona.data;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Seeded two-class datasets in the plane, for the playground (lesson 1.12) and module 2: features
 * {@code [n, 2]} (x1, x2), labels {@code [n, 1]} holding 0 or 1, both float.
 *
 * <p>Every generator draws from its own {@link Random} seeded with {@code seed} (never ND4J's global
 * generator, which every run on the server shares), so the same arguments always give the same
 * points. The classes get {@code n / 2} points each (the odd one goes to class 1), and the rows come
 * shuffled, as scikit-learn's generators return them. The shapes fit in [−1, 1]², the square the
 * decision maps cover; {@code noise} (0 to 0.5) moves the points so the classes mix near the border.
 */
public final class Toy2d {

    public static final double MAX_NOISE = 0.5;
    public static final int MAX_POINTS = 100_000;

    /** Covariance of {@code make_gaussian_quantiles} in lesson 2.2. */
    static final double QUANTILES_COVARIANCE = 0.1;

    private Toy2d() {
    }

    /**
     * A disc (class 0, radius up to 0.4) inside a ring (class 1, radius 0.56 to 0.8); each coordinate
     * then moves by up to ±{@code noise}·0.8.
     */
    public static TensorDataset circle(int n, double noise, long seed) {
        check(n, noise);
        Random random = new Random(seed);
        Points points = new Points(n);
        double radius = 0.8;
        for (int i = 0; i < n; i++) {
            int label = classOf(i, n);
            double r = label == 0 ? uniform(random, 0, 0.5 * radius) : uniform(random, 0.7 * radius, radius);
            double angle = uniform(random, 0, 2 * Math.PI);
            double shift = noise * radius;
            points.set(i, r * Math.cos(angle) + uniform(random, -shift, shift),
                    r * Math.sin(angle) + uniform(random, -shift, shift), label);
        }
        return points.shuffled(random);
    }

    /**
     * The four quadrants of [−0.8, 0.8]²: class 1 where x1 and x2 have different signs (exclusive or
     * of "x1 > 0" and "x2 > 0"), class 0 where they share it. Points keep 0.05 away from the axes
     * before noise moves each coordinate by up to ±{@code noise}·0.8.
     */
    public static TensorDataset xor(int n, double noise, long seed) {
        check(n, noise);
        Random random = new Random(seed);
        Points points = new Points(n);
        double half = 0.8;
        double padding = 0.05;
        for (int i = 0; i < n; i++) {
            int label = classOf(i, n);
            double x1 = uniform(random, padding, half) * (random.nextBoolean() ? 1 : -1);
            double x2 = uniform(random, padding, half) * Math.signum(x1) * (label == 1 ? -1 : 1);
            double shift = noise * half;
            points.set(i, x1 + uniform(random, -shift, shift), x2 + uniform(random, -shift, shift), label);
        }
        return points.shuffled(random);
    }

    /**
     * Two normal blobs, class 0 around (−0.33, −0.33) and class 1 around (0.33, 0.33); noise widens
     * them, from a standard deviation of 0.12 (noise 0, clearly apart) to 0.33 (noise 0.5, overlapping).
     */
    public static TensorDataset gaussian(int n, double noise, long seed) {
        check(n, noise);
        Random random = new Random(seed);
        Points points = new Points(n);
        double centre = 0.33;
        double spread = 0.12 + noise * 0.42;
        for (int i = 0; i < n; i++) {
            int label = classOf(i, n);
            double sign = label == 1 ? 1 : -1;
            points.set(i, sign * centre + spread * random.nextGaussian(), sign * centre + spread * random.nextGaussian(), label);
        }
        return points.shuffled(random);
    }

    /**
     * Two interleaved spirals of 1.75 turns out to radius 0.8, class 1 rotated half a turn from
     * class 0; each coordinate then moves by up to ±{@code noise}·0.16.
     */
    public static TensorDataset spiral(int n, double noise, long seed) {
        check(n, noise);
        Random random = new Random(seed);
        Points points = new Points(n);
        double radius = 0.8;
        int zeros = n / 2;
        for (int i = 0; i < n; i++) {
            int label = classOf(i, n);
            int index = label == 0 ? i : i - zeros;
            int count = label == 0 ? zeros : n - zeros;
            double along = (double) index / count;
            double r = along * radius;
            double angle = 1.75 * along * 2 * Math.PI + label * Math.PI;
            double shift = noise * radius / 5;
            points.set(i, r * Math.sin(angle) + uniform(random, -shift, shift),
                    r * Math.cos(angle) + uniform(random, -shift, shift), label);
        }
        return points.shuffled(random);
    }

    /**
     * scikit-learn's {@code make_gaussian_quantiles(cov=0.1, n_features=2, n_classes=2)}, as lesson 2.2
     * builds it: n points of a normal centred at (0, 0) with variance 0.1 per axis, sorted by their
     * distance to the centre; the nearer half is class 0 (the disc), the farther half class 1 (the
     * ring), so the border is a circle at the median radius (≈ 0.37). Noise, 0 in the lesson, is added
     * after labelling: each coordinate moves by a normal amount of standard deviation {@code noise}·0.32.
     */
    public static TensorDataset gaussianQuantiles(int n, double noise, long seed) {
        check(n, noise);
        Random random = new Random(seed);
        double sd = Math.sqrt(QUANTILES_COVARIANCE);
        double[][] drawn = new double[n][];
        for (int i = 0; i < n; i++) {
            drawn[i] = new double[] {sd * random.nextGaussian(), sd * random.nextGaussian()};
        }
        // like sklearn: order by distance, the first n/2 are class 0, the rest (with the odd one) class 1
        Arrays.sort(drawn, Comparator.comparingDouble(p -> p[0] * p[0] + p[1] * p[1]));
        Points points = new Points(n);
        for (int i = 0; i < n; i++) {
            double shift = noise * sd;
            points.set(i, drawn[i][0] + shift * random.nextGaussian(), drawn[i][1] + shift * random.nextGaussian(), classOf(i, n));
        }
        return points.shuffled(random);
    }

    /**
     * scikit-learn's {@code make_moons}: two interleaving half circles (class 0 the upper one), with
     * normal noise of standard deviation {@code noise} per coordinate, then scaled by 1/1.5 and centred
     * so the moons span [−1, 1] in x1 and [−0.5, 0.5] in x2.
     */
    public static TensorDataset moons(int n, double noise, long seed) {
        check(n, noise);
        Random random = new Random(seed);
        Points points = new Points(n);
        int zeros = n / 2;
        for (int i = 0; i < n; i++) {
            int label = classOf(i, n);
            // sklearn spaces the angles evenly over [0, π] instead of drawing them
            double angle = label == 0 ? evenly(i, zeros) : evenly(i - zeros, n - zeros);
            double x1 = label == 0 ? Math.cos(angle) : 1 - Math.cos(angle);
            double x2 = label == 0 ? Math.sin(angle) : 0.5 - Math.sin(angle);
            x1 += noise * random.nextGaussian();
            x2 += noise * random.nextGaussian();
            points.set(i, (x1 - 0.5) / 1.5, (x2 - 0.25) / 1.5, label);
        }
        return points.shuffled(random);
    }

    /** Class of the i-th generated point: the first n/2 are class 0, the rest class 1. */
    private static int classOf(int i, int n) {
        return i < n / 2 ? 0 : 1;
    }

    private static double evenly(int index, int count) {
        return count == 1 ? 0 : Math.PI * index / (count - 1);
    }

    private static double uniform(Random random, double from, double to) {
        return from + (to - from) * random.nextDouble();
    }

    private static void check(int n, double noise) {
        if (n < 2 || n > MAX_POINTS) {
            throw new IllegalArgumentException("n must be between 2 and " + MAX_POINTS + ": " + n);
        }
        if (!(noise >= 0 && noise <= MAX_NOISE)) {
            throw new IllegalArgumentException("noise must be between 0 and " + MAX_NOISE + ": " + noise);
        }
    }

    /** Points being generated, kept as plain floats until they become arrays. */
    private static final class Points {
        private final float[] features;
        private final float[] labels;

        Points(int n) {
            features = new float[2 * n];
            labels = new float[n];
        }

        void set(int i, double x1, double x2, int label) {
            features[2 * i] = (float) x1;
            features[2 * i + 1] = (float) x2;
            labels[i] = label;
        }

        /** The rows in a seeded random order (Fisher–Yates), as arrays. */
        TensorDataset shuffled(Random random) {
            int n = labels.length;
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                swap(labels, i, j);
                swap(features, 2 * i, 2 * j);
                swap(features, 2 * i + 1, 2 * j + 1);
            }
            return new TensorDataset(
                    Nd4j.create(features, new long[] {n, 2}, DataType.FLOAT),
                    Nd4j.create(labels, new long[] {n, 1}, DataType.FLOAT));
        }

        private static void swap(float[] values, int i, int j) {
            float t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }
}
