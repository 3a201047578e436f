package dev.neurona.data;

/**
 * Per-feature mean and standard deviation measured on the training data and then applied, unchanged,
 * to any data: validation, test, a new input. Measuring them on the test data too would leak it into
 * training.
 *
 * <p>The deviation divides by n (numpy's {@code std()}, which the Keras lesson uses). A feature
 * that is constant in the training data gets deviation 1, so it becomes 0 rather than a division by zero.
 */
public record Standardizer(double[] mean, double[] std) {

    public Standardizer {
        if (mean.length != std.length) {
            throw new IllegalArgumentException("mean and std have different lengths");
        }
    }

    /** Measures each column of {@code rows} (one example per row). */
    public static Standardizer fit(double[][] rows) {
        if (rows.length == 0) {
            throw new IllegalArgumentException("cannot standardize from no rows");
        }
        FeatureStatistics measured = FeatureStatistics.of(rows);
        double[] std = measured.std().clone();
        for (int j = 0; j < std.length; j++) {
            if (std[j] == 0) {
                std[j] = 1;
            }
        }
        return new Standardizer(measured.mean(), std);
    }

    public int features() {
        return mean.length;
    }

    /** (x - mean) / std for each feature of one example. */
    public double[] apply(double[] row) {
        if (row.length != mean.length) {
            throw new IllegalArgumentException(
                    "expected " + mean.length + " features, got " + row.length);
        }
        double[] scaled = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            scaled[j] = (row[j] - mean[j]) / std[j];
        }
        return scaled;
    }

    public double[][] apply(double[][] rows) {
        double[][] scaled = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            scaled[i] = apply(rows[i]);
        }
        return scaled;
    }
}
