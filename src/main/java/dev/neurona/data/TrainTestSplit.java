package dev.neurona.data;

import java.util.Arrays;
import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A dataset cut in two after a seeded shuffle: {@code train} gets {@code round(n · ratio)} rows
 * (at least one, and at least one left for {@code test}), {@code test} the rest. Both hold copies,
 * not views, so they can outlive the dataset they came from.
 */
public record TrainTestSplit(TensorDataset train, TensorDataset test) {

    public static final double MIN_RATIO = 0.1;
    public static final double MAX_RATIO = 0.9;

    /** Shuffles {@code data}'s rows with {@code seed} (same seed, same split) and cuts at {@code trainRatio}. */
    public static TrainTestSplit of(TensorDataset data, double trainRatio, long seed) {
        if (!(trainRatio >= MIN_RATIO && trainRatio <= MAX_RATIO)) {
            throw new IllegalArgumentException("train ratio must be between " + MIN_RATIO + " and " + MAX_RATIO + ": " + trainRatio);
        }
        int n = data.size();
        if (n < 2) {
            throw new IllegalArgumentException("cannot split fewer than 2 rows");
        }
        int[] order = shuffledIndices(n, new Random(seed));
        int trainSize = (int) Math.max(1, Math.min(n - 1, Math.round(n * trainRatio)));
        int[] trainRows = Arrays.copyOfRange(order, 0, trainSize);
        int[] testRows = Arrays.copyOfRange(order, trainSize, n);
        return new TrainTestSplit(rows(data, trainRows), rows(data, testRows));
    }

    private static TensorDataset rows(TensorDataset data, int[] rows) {
        INDArray features = Nd4j.pullRows(data.features(), 1, rows);
        INDArray labels = Nd4j.pullRows(data.labels(), 1, rows);
        return new TensorDataset(features, labels);
    }

    /** 0..n−1 in a random order (Fisher–Yates), the same order for the same generator state. */
    private static int[] shuffledIndices(int n, Random random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }
}
