package dev.neurona.nn;

import dev.neurona.data.Toy2dKind;
import java.util.List;

/**
 * The playground's points in a stand-alone Java program: the chosen shape's recipe from {@code
 * data.Toy2d} and the cut of {@code data.TrainTestSplit}, as static methods drawing from the same
 * {@link java.util.Random}, so a DL4J project trains on the very points the learner saw.
 */
final class JavaPoints {

    /** The imports the methods need. */
    static final List<String> IMPORTS =
            List.of(
                    "java.util.Random",
                    "org.nd4j.linalg.api.buffer.DataType",
                    "org.nd4j.linalg.dataset.DataSet",
                    "org.nd4j.linalg.factory.Nd4j");

    private static final String HELPERS =
            """
            /** Neurona's cut: the rows in a seeded order, the first round(n * trainRatio) for training. */
            static DataSet[] trainTestSplit(DataSet data, double trainRatio, long seed) {
                int n = data.numExamples();
                int[] order = new int[n];
                for (int i = 0; i < n; i++) {
                    order[i] = i;
                }
                Random random = new Random(seed);
                for (int i = n - 1; i > 0; i--) {
                    int j = random.nextInt(i + 1);
                    int t = order[i];
                    order[i] = order[j];
                    order[j] = t;
                }
                int cut = (int) Math.max(1, Math.min(n - 1, Math.round(n * trainRatio)));
                int[] train = java.util.Arrays.copyOfRange(order, 0, cut);
                int[] test = java.util.Arrays.copyOfRange(order, cut, n);
                return new DataSet[] {
                    new DataSet(data.getFeatures().getRows(train), data.getLabels().getRows(train)),
                    new DataSet(data.getFeatures().getRows(test), data.getLabels().getRows(test))
                };
            }

            static double uniform(Random random, double from, double to) {
                return from + (to - from) * random.nextDouble();
            }

            /** The first half of the points is class 0, the rest class 1. */
            static int labelOf(int i, int n) {
                return i < n / 2 ? 0 : 1;
            }

            /** The rows in a seeded random order (Fisher-Yates): features (n, 2), labels (n, 1). */
            static DataSet shuffled(float[] points, float[] labels, Random random) {
                int n = labels.length;
                for (int i = n - 1; i > 0; i--) {
                    int j = random.nextInt(i + 1);
                    float label = labels[i];
                    labels[i] = labels[j];
                    labels[j] = label;
                    for (int c = 0; c < 2; c++) {
                        float value = points[2 * i + c];
                        points[2 * i + c] = points[2 * j + c];
                        points[2 * j + c] = value;
                    }
                }
                return new DataSet(Nd4j.create(points, new long[] {n, 2}, DataType.FLOAT),
                        Nd4j.create(labels, new long[] {n, 1}, DataType.FLOAT));
            }
            """;

    private static final String CIRCLE =
            """
            /** A disc (class 0) inside a ring (class 1); noise moves each coordinate by up to noise * 0.8. */
            static DataSet circle(int n, double noise, long seed) {
                Random random = new Random(seed);
                float[] points = new float[2 * n];
                float[] labels = new float[n];
                double radius = 0.8;
                for (int i = 0; i < n; i++) {
                    int label = labelOf(i, n);
                    double r = label == 0 ? uniform(random, 0, 0.5 * radius) : uniform(random, 0.7 * radius, radius);
                    double angle = uniform(random, 0, 2 * Math.PI);
                    double shift = noise * radius;
                    points[2 * i] = (float) (r * Math.cos(angle) + uniform(random, -shift, shift));
                    points[2 * i + 1] = (float) (r * Math.sin(angle) + uniform(random, -shift, shift));
                    labels[i] = label;
                }
                return shuffled(points, labels, random);
            }
            """;

    private static final String XOR =
            """
            /** The four quadrants: class 1 where x1 and x2 have different signs. */
            static DataSet xor(int n, double noise, long seed) {
                Random random = new Random(seed);
                float[] points = new float[2 * n];
                float[] labels = new float[n];
                double half = 0.8;
                double padding = 0.05;
                for (int i = 0; i < n; i++) {
                    int label = labelOf(i, n);
                    double x1 = uniform(random, padding, half) * (random.nextBoolean() ? 1 : -1);
                    double x2 = uniform(random, padding, half) * Math.signum(x1) * (label == 1 ? -1 : 1);
                    double shift = noise * half;
                    points[2 * i] = (float) (x1 + uniform(random, -shift, shift));
                    points[2 * i + 1] = (float) (x2 + uniform(random, -shift, shift));
                    labels[i] = label;
                }
                return shuffled(points, labels, random);
            }
            """;

    private static final String GAUSSIAN =
            """
            /** Two normal blobs around (-0.33, -0.33) and (0.33, 0.33); noise widens them. */
            static DataSet gaussian(int n, double noise, long seed) {
                Random random = new Random(seed);
                float[] points = new float[2 * n];
                float[] labels = new float[n];
                double centre = 0.33;
                double spread = 0.12 + noise * 0.42;
                for (int i = 0; i < n; i++) {
                    int label = labelOf(i, n);
                    double sign = label == 1 ? 1 : -1;
                    points[2 * i] = (float) (sign * centre + spread * random.nextGaussian());
                    points[2 * i + 1] = (float) (sign * centre + spread * random.nextGaussian());
                    labels[i] = label;
                }
                return shuffled(points, labels, random);
            }
            """;

    private static final String SPIRAL =
            """
            /** Two interleaved spirals of 1.75 turns, class 1 half a turn from class 0. */
            static DataSet spiral(int n, double noise, long seed) {
                Random random = new Random(seed);
                float[] points = new float[2 * n];
                float[] labels = new float[n];
                double radius = 0.8;
                int zeros = n / 2;
                for (int i = 0; i < n; i++) {
                    int label = labelOf(i, n);
                    int index = label == 0 ? i : i - zeros;
                    int count = label == 0 ? zeros : n - zeros;
                    double along = (double) index / count;
                    double r = along * radius;
                    double angle = 1.75 * along * 2 * Math.PI + label * Math.PI;
                    double shift = noise * radius / 5;
                    points[2 * i] = (float) (r * Math.sin(angle) + uniform(random, -shift, shift));
                    points[2 * i + 1] = (float) (r * Math.cos(angle) + uniform(random, -shift, shift));
                    labels[i] = label;
                }
                return shuffled(points, labels, random);
            }
            """;

    private static final String GAUSSIAN_QUANTILES =
            """
            /** make_gaussian_quantiles(cov=0.1): the nearer half of a normal cloud is class 0. */
            static DataSet gaussianQuantiles(int n, double noise, long seed) {
                Random random = new Random(seed);
                double sd = Math.sqrt(0.1);
                double[][] drawn = new double[n][];
                for (int i = 0; i < n; i++) {
                    drawn[i] = new double[] {sd * random.nextGaussian(), sd * random.nextGaussian()};
                }
                java.util.Arrays.sort(drawn, java.util.Comparator.comparingDouble(p -> p[0] * p[0] + p[1] * p[1]));
                float[] points = new float[2 * n];
                float[] labels = new float[n];
                for (int i = 0; i < n; i++) {
                    double shift = noise * sd;
                    points[2 * i] = (float) (drawn[i][0] + shift * random.nextGaussian());
                    points[2 * i + 1] = (float) (drawn[i][1] + shift * random.nextGaussian());
                    labels[i] = labelOf(i, n);
                }
                return shuffled(points, labels, random);
            }
            """;

    private static final String MOONS =
            """
            /** make_moons: two interleaving half circles, scaled into [-1, 1] x [-0.5, 0.5]. */
            static DataSet moons(int n, double noise, long seed) {
                Random random = new Random(seed);
                float[] points = new float[2 * n];
                float[] labels = new float[n];
                int zeros = n / 2;
                for (int i = 0; i < n; i++) {
                    int label = labelOf(i, n);
                    int index = label == 0 ? i : i - zeros;
                    int count = label == 0 ? zeros : n - zeros;
                    double angle = count == 1 ? 0 : Math.PI * index / (count - 1);
                    double x1 = label == 0 ? Math.cos(angle) : 1 - Math.cos(angle);
                    double x2 = label == 0 ? Math.sin(angle) : 0.5 - Math.sin(angle);
                    x1 += noise * random.nextGaussian();
                    x2 += noise * random.nextGaussian();
                    points[2 * i] = (float) ((x1 - 0.5) / 1.5);
                    points[2 * i + 1] = (float) ((x2 - 0.25) / 1.5);
                    labels[i] = label;
                }
                return shuffled(points, labels, random);
            }
            """;

    private JavaPoints() {}

    /** The static methods: the shape's generator, then the helpers it and the cut use. */
    static String of(Toy2dKind kind) {
        String shape =
                switch (kind) {
                    case CIRCLE -> CIRCLE;
                    case XOR -> XOR;
                    case GAUSSIAN -> GAUSSIAN;
                    case SPIRAL -> SPIRAL;
                    case GAUSSIAN_QUANTILES -> GAUSSIAN_QUANTILES;
                    case MOONS -> MOONS;
                };
        return shape + "\n" + HELPERS;
    }

    /** The name of the shape's method, as the data section calls it. */
    static String method(Toy2dKind kind) {
        return kind == Toy2dKind.GAUSSIAN_QUANTILES ? "gaussianQuantiles" : kind.key();
    }
}
