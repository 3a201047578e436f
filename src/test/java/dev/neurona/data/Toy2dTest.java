package dev.neurona.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

/** The 2-D toy datasets: shapes, balance, determinism, and that each has the geometry it promises. */
class Toy2dTest {

    @Test
    void everyKindHasTheShapeTypesAndBalanceOfATwoClassDataset() {
        for (Toy2dKind kind : Toy2dKind.values()) {
            for (int n : new int[] {1000, 101, 2}) {
                TensorDataset data = kind.generate(n, 0.2, 7);
                assertArrayEquals(new long[] {n, 2}, data.features().shape(), kind.key());
                assertArrayEquals(new long[] {n, 1}, data.labels().shape(), kind.key());
                assertEquals(DataType.FLOAT, data.features().dataType());
                assertEquals(DataType.FLOAT, data.labels().dataType());
                float[] labels = labels(data);
                int ones = 0;
                for (float label : labels) {
                    assertTrue(label == 0f || label == 1f, kind.key() + " label " + label);
                    ones += (int) label;
                }
                assertEquals(n - n / 2, ones, kind.key() + " n=" + n + ": half the points (the odd one) in class 1");
            }
        }
    }

    @Test
    void theSameSeedGivesTheSamePointsAndAnotherSeedOthers() {
        for (Toy2dKind kind : Toy2dKind.values()) {
            TensorDataset a = kind.generate(300, 0.1, 42);
            TensorDataset b = kind.generate(300, 0.1, 42);
            TensorDataset c = kind.generate(300, 0.1, 43);
            assertEquals(a.features(), b.features(), kind.key());
            assertEquals(a.labels(), b.labels(), kind.key());
            assertFalse(a.features().equals(c.features()), kind.key());
        }
    }

    @Test
    void rowsComeShuffledNotClassByClass() {
        for (Toy2dKind kind : Toy2dKind.values()) {
            float[] labels = labels(kind.generate(1000, 0, 1));
            int changes = 0;
            for (int i = 1; i < labels.length; i++) {
                changes += labels[i] != labels[i - 1] ? 1 : 0;
            }
            // a random order of 500 + 500 changes class about 500 times; generation order, once
            assertTrue(changes > 400, kind.key() + " class changes " + changes);
        }
    }

    @Test
    void circleIsADiscInsideARing() {
        TensorDataset clean = Toy2d.circle(1000, 0, 3);
        double[] r = radii(clean);
        float[] y = labels(clean);
        for (int i = 0; i < r.length; i++) {
            if (y[i] == 0) {
                assertTrue(r[i] <= 0.4 + 1e-6, "disc point at radius " + r[i]);
            } else {
                assertTrue(r[i] >= 0.56 - 1e-6 && r[i] <= 0.8 + 1e-6, "ring point at radius " + r[i]);
            }
        }
        // with noise the classes mix near the border, but the class still follows the radius
        TensorDataset noisy = Toy2d.circle(1000, 0.3, 3);
        double correlation = correlation(radii(noisy), labels(noisy));
        assertTrue(correlation > 0.6, "radius–class correlation " + correlation);
        assertTrue(correlation(radii(clean), y) > correlation, "noise weakens it");
    }

    @Test
    void xorLabelsTheQuadrantsByTheSignOfTheProduct() {
        TensorDataset data = Toy2d.xor(1000, 0, 5);
        float[] x = flat(data); // row-major pairs (x1, x2)
        float[] y = labels(data);
        for (int i = 0; i < y.length; i++) {
            float x1 = x[2 * i];
            float x2 = x[2 * i + 1];
            assertTrue(Math.abs(x1) >= 0.05f - 1e-6 && Math.abs(x2) >= 0.05f - 1e-6, "padding from the axes");
            assertEquals(x1 * x2 < 0 ? 1f : 0f, y[i], "class 1 where the signs differ");
        }
    }

    @Test
    void gaussianBlobsSitOnTheDiagonalAndOverlapMoreWithNoise() {
        TensorDataset data = Toy2d.gaussian(2000, 0, 11);
        double[][] means = classMeans(data);
        assertEquals(-0.33, means[0][0], 0.03);
        assertEquals(-0.33, means[0][1], 0.03);
        assertEquals(0.33, means[1][0], 0.03);
        assertEquals(0.33, means[1][1], 0.03);
        assertTrue(linearErrors(Toy2d.gaussian(2000, 0.5, 11)) > linearErrors(data));
        assertTrue(linearErrors(data) < 20, "noise 0: the line x1 + x2 = 0 separates almost every point");
    }

    @Test
    void spiralClassOneIsClassZeroTurnedHalfATurn() {
        TensorDataset data = Toy2d.spiral(400, 0, 9);
        float[] x = flat(data);
        float[] y = labels(data);
        Set<String> zeros = new HashSet<>();
        Set<String> onesTurned = new HashSet<>();
        for (int i = 0; i < y.length; i++) {
            if (y[i] == 0) {
                zeros.add(key(x[2 * i], x[2 * i + 1]));
            } else {
                onesTurned.add(key(-x[2 * i], -x[2 * i + 1]));
            }
        }
        assertEquals(zeros, onesTurned);
        assertTrue(Arrays.stream(radii(data)).max().orElseThrow() <= 0.8 + 1e-6);
    }

    @Test
    void gaussianQuantilesSplitsAtTheMedianRadiusLikeScikitLearn() {
        TensorDataset data = Toy2d.gaussianQuantiles(1000, 0, 42);
        double[] r = radii(data);
        float[] y = labels(data);
        double maxInner = 0;
        double minOuter = Double.MAX_VALUE;
        for (int i = 0; i < r.length; i++) {
            if (y[i] == 0) {
                maxInner = Math.max(maxInner, r[i]);
            } else {
                minOuter = Math.min(minOuter, r[i]);
            }
        }
        assertTrue(maxInner <= minOuter, "every disc point is nearer than every ring point");
        // the median distance of a 2-D normal with variance 0.1 per axis is √(0.2·ln 2) ≈ 0.372 (lesson 2.2: ≈ 0.37)
        assertEquals(0.372, (maxInner + minOuter) / 2, 0.03);
        double sd = Math.sqrt(data.features().varNumber().doubleValue());
        assertEquals(Math.sqrt(0.1), sd, 0.02, "covariance 0.1");
    }

    @Test
    void moonsAreTwoInterleavedHalfCirclesInsideTheSquare() {
        TensorDataset data = Toy2d.moons(500, 0, 2);
        float[] x = flat(data);
        for (int i = 0; i < x.length; i += 2) {
            assertTrue(x[i] >= -1 - 1e-6 && x[i] <= 1 + 1e-6, "x1 " + x[i]);
            assertTrue(x[i + 1] >= -0.5 - 1e-6 && x[i + 1] <= 0.5 + 1e-6, "x2 " + x[i + 1]);
        }
        double[][] means = classMeans(data);
        assertTrue(means[0][1] > means[1][1], "class 0 is the upper moon");
        assertTrue(means[0][0] < means[1][0], "class 1 is shifted right");
    }

    @Test
    void theShapesStayInTheSquareTheDecisionMapsCover() {
        for (Toy2dKind kind : new Toy2dKind[] {Toy2dKind.CIRCLE, Toy2dKind.XOR, Toy2dKind.SPIRAL, Toy2dKind.MOONS}) {
            float[] x = flat(kind.generate(1000, 0, 4));
            for (float v : x) {
                assertTrue(Math.abs(v) <= 1 + 1e-6, kind.key() + " coordinate " + v);
            }
        }
    }

    @Test
    void refusesSizesAndNoiseOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> Toy2d.circle(1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> Toy2d.circle(Toy2d.MAX_POINTS + 1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> Toy2d.xor(100, 0.6, 1));
        assertThrows(IllegalArgumentException.class, () -> Toy2d.spiral(100, -0.1, 1));
        assertThrows(IllegalArgumentException.class, () -> Toy2d.moons(100, Double.NaN, 1));
    }

    @Test
    void kindsAreFoundByTheirKeys() {
        assertEquals(Toy2dKind.GAUSSIAN_QUANTILES, Toy2dKind.fromKey("gaussian_quantiles").orElseThrow());
        assertEquals(Toy2dKind.XOR, Toy2dKind.fromKey(" XOR ").orElseThrow());
        assertTrue(Toy2dKind.fromKey("iris").isEmpty());
    }

    /** The features as x1, x2, x1, x2… (row-major). */
    static float[] flat(TensorDataset data) {
        return data.features().dup('c').reshape(data.features().length()).toFloatVector();
    }

    static float[] labels(TensorDataset data) {
        return data.labels().reshape(data.size()).toFloatVector();
    }

    static double[] radii(TensorDataset data) {
        float[] x = flat(data);
        double[] r = new double[data.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = Math.hypot(x[2 * i], x[2 * i + 1]);
        }
        return r;
    }

    private static double[][] classMeans(TensorDataset data) {
        float[] x = flat(data);
        float[] y = labels(data);
        double[][] sums = new double[2][2];
        int[] counts = new int[2];
        for (int i = 0; i < y.length; i++) {
            int c = (int) y[i];
            sums[c][0] += x[2 * i];
            sums[c][1] += x[2 * i + 1];
            counts[c]++;
        }
        return new double[][] {{sums[0][0] / counts[0], sums[0][1] / counts[0]}, {sums[1][0] / counts[1], sums[1][1] / counts[1]}};
    }

    /** Points on the wrong side of the line x1 + x2 = 0. */
    private static int linearErrors(TensorDataset data) {
        float[] x = flat(data);
        float[] y = labels(data);
        int errors = 0;
        for (int i = 0; i < y.length; i++) {
            errors += (x[2 * i] + x[2 * i + 1] > 0 ? 1f : 0f) != y[i] ? 1 : 0;
        }
        return errors;
    }

    private static double correlation(double[] a, float[] b) {
        double meanA = Arrays.stream(a).average().orElseThrow();
        double meanB = 0;
        for (float v : b) {
            meanB += v / b.length;
        }
        double cov = 0;
        double varA = 0;
        double varB = 0;
        for (int i = 0; i < a.length; i++) {
            cov += (a[i] - meanA) * (b[i] - meanB);
            varA += (a[i] - meanA) * (a[i] - meanA);
            varB += (b[i] - meanB) * (b[i] - meanB);
        }
        return cov / Math.sqrt(varA * varB);
    }

    private static String key(float x1, float x2) {
        // rounded, so that −(r·sin t) and r·sin(t + π) compare equal despite float rounding
        return Math.round(x1 * 1e4) + "," + Math.round(x2 * 1e4);
    }
}
