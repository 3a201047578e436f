package dev.neurona.web;

import dev.neurona.data.BostonHousing;
import dev.neurona.data.FeatureStatistics;
import dev.neurona.data.Standardizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lesson 3.8's feature table: mean, standard deviation, minimum and maximum of the 13 Boston
 * features for the training and the test houses, either as they are or standardized, both sides
 * with the training statistics.
 *
 * @param shifted the feature whose standardized test mean is furthest from 0 (the note names it)
 */
public record BostonFeaturesView(
        boolean standardized,
        List<Row> train,
        List<Row> test,
        int trainCount,
        int testCount,
        Row shifted) {

    /** One table: the training or the test houses. */
    public record Side(String name, String count, List<Row> rows) {}

    /** The training row of {@code feature} ("TAX"). */
    public Row trainRow(String feature) {
        return train.stream()
                .filter(row -> row.feature().equals(feature))
                .findFirst()
                .orElseThrow();
    }

    /** The two tables, training first. */
    public List<Side> sides() {
        return List.of(
                new Side("train", Formats.thousands(trainCount), train),
                new Side("test", Formats.thousands(testCount), test));
    }

    /** One feature's four statistics, printed. */
    public record Row(String feature, String mean, String std, String min, String max) {}

    static BostonFeaturesView of(BostonHousing boston, boolean standardized) {
        double[][] train = boston.train().features();
        double[][] test = boston.test().features();
        if (standardized) {
            Standardizer scaler = boston.standardizer();
            train = scaler.apply(train);
            test = scaler.apply(test);
        }
        FeatureStatistics trainStats = FeatureStatistics.of(train);
        FeatureStatistics testStats = FeatureStatistics.of(test);
        List<Row> testRows = rows(testStats);
        int shifted = 0;
        for (int j = 1; j < testStats.columns(); j++) {
            if (Math.abs(testStats.mean()[j]) > Math.abs(testStats.mean()[shifted])) {
                shifted = j;
            }
        }
        return new BostonFeaturesView(
                standardized,
                rows(trainStats),
                testRows,
                train.length,
                test.length,
                testRows.get(shifted));
    }

    private static List<Row> rows(FeatureStatistics stats) {
        List<Row> rows = new ArrayList<>();
        for (int j = 0; j < stats.columns(); j++) {
            rows.add(
                    new Row(
                            BostonHousing.FEATURE_NAMES.get(j).toUpperCase(Locale.ROOT),
                            number(stats.mean()[j]),
                            number(stats.std()[j]),
                            number(stats.min()[j]),
                            number(stats.max()[j])));
        }
        return rows;
    }

    /** Three decimals, the way the table prints every value; a rounding of a tiny negative is 0.000, not -0.000. */
    static String number(double value) {
        String text = String.format(Locale.ROOT, "%.3f", value);
        return text.equals("-0.000") ? "0.000" : text;
    }
}
