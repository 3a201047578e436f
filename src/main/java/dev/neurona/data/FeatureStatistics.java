package dev.neurona.data;

/**
 * Mean, standard deviation (dividing by n, as numpy's {@code std()}), minimum and maximum of each
 * column of a table of examples: what lesson 3.8 shows of the Boston features before and after
 * standardizing them.
 */
public record FeatureStatistics(double[] mean, double[] std, double[] min, double[] max) {

    /** Measures each column of {@code rows} (one example per row). */
    public static FeatureStatistics of(double[][] rows) {
        if (rows.length == 0) {
            throw new IllegalArgumentException("no rows to measure");
        }
        int columns = rows[0].length;
        double[] mean = new double[columns];
        double[] min = new double[columns];
        double[] max = new double[columns];
        java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
        for (double[] row : rows) {
            for (int j = 0; j < columns; j++) {
                mean[j] += row[j];
                min[j] = Math.min(min[j], row[j]);
                max[j] = Math.max(max[j], row[j]);
            }
        }
        for (int j = 0; j < columns; j++) {
            mean[j] /= rows.length;
        }
        double[] std = new double[columns];
        for (double[] row : rows) {
            for (int j = 0; j < columns; j++) {
                double d = row[j] - mean[j];
                std[j] += d * d;
            }
        }
        for (int j = 0; j < columns; j++) {
            std[j] = Math.sqrt(std[j] / rows.length);
        }
        return new FeatureStatistics(mean, std, min, max);
    }

    public int columns() {
        return mean.length;
    }
}
