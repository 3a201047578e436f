package dev.neurona.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.data.BostonHousing;
import dev.neurona.data.DatasetFiles;
import dev.neurona.data.TensorDataset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/** Which rows train and which validate (fraction, first N, K folds), the MAE metric and K-fold training. */
class HoldoutAndKFoldTest {

    private static NetworkSpec spec(double split, int first, int folds, Metric metric, int epochs) {
        return new NetworkSpec("boston", 13, List.of(new DenseLayerSpec(8, Activation.RELU)), 1, Activation.LINEAR, Loss.MSE,
                Optimizer.RMSPROP, 0.001, epochs, 16, split, 7, Regularization.NONE, EarlyStopping.OFF, metric, first, folds,
                Optional.empty());
    }

    @Test
    void validationSplitHoldsOutTheLastFractionAsKeras() {
        Holdout h = Holdout.of(spec(0.2, 0, 0, Metric.MAE, 1), 10);
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7}, h.train());
        assertArrayEquals(new int[] {8, 9}, h.validation());
    }

    @Test
    void firstNHoldsOutTheFirstRowsAsTheLessonsDo() {
        Holdout h = Holdout.of(spec(0, 3, 0, Metric.MAE, 1), 10);
        assertArrayEquals(new int[] {0, 1, 2}, h.validation());
        assertArrayEquals(new int[] {3, 4, 5, 6, 7, 8, 9}, h.train());
    }

    @Test
    void foldsCoverEveryRowExactlyOnceAsValidationAndNeverOverlapTraining() {
        int size = 404;
        int[] seen = new int[size];
        for (int fold = 0; fold < 4; fold++) {
            Holdout h = Holdout.fold(fold, 4, size);
            assertEquals(101, h.validation().length, "404 / 4 = 101 per fold as in lesson 3.9");
            assertEquals(303, h.train().length);
            for (int row : h.validation()) {
                seen[row]++;
                assertTrue(Arrays.stream(h.train()).noneMatch(t -> t == row));
            }
        }
        assertTrue(Arrays.stream(seen).allMatch(n -> n == 1));
        Holdout uneven = Holdout.fold(2, 3, 10);
        assertArrayEquals(new int[] {6, 7, 8, 9}, uneven.validation(), "the last fold takes the remainder");
    }

    @Test
    void maeIsTheMeanAbsoluteErrorOverRows() {
        var outputs = Nd4j.create(new float[] {1, 2, 3, 10}, new long[] {4, 1}, DataType.FLOAT);
        var labels = Nd4j.create(new float[] {2, 2, 1, 6}, new long[] {4, 1}, DataType.FLOAT);
        assertEquals(1 + 0 + 2 + 4, Metric.MAE.sum(outputs, labels), 1e-6);
        assertTrue(Metric.MAE.fits(Activation.LINEAR));
        assertTrue(!Metric.ACCURACY.fits(Activation.LINEAR), "accuracy needs probabilities");
    }

    @Test
    void kFoldTrainsOneNetworkPerFoldThenTheFinalOneAndAveragesTheCurves() throws Exception {
        BostonHousing boston = BostonHousing.load(new DatasetFiles(Optional.empty()));
        TensorDataset train = boston.trainTensors();
        List<EpochResult> epochs = new ArrayList<>();
        TrainingOutcome outcome = new KFoldTrainer().train(spec(0, 0, 4, Metric.MAE, 3), train, TrainingObserver.epochs(epochs::add));
        assertEquals(15, epochs.size(), "4 folds × 3 epochs, then 3 epochs of the final model");
        assertEquals(List.of(1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 0, 0, 0), epochs.stream().map(EpochResult::fold).toList());
        assertEquals(19, epochs.get(0).steps(), "303 examples / batch 16");
        assertEquals(26, epochs.get(14).steps(), "the final model trains on all 404");
        assertTrue(epochs.get(14).valMetric().isEmpty(), "the final model has no validation");
        double[] average = KFoldTrainer.averageValidationMetric(outcome.history());
        assertEquals(3, average.length);
        double expected = IntStream.range(0, 4).mapToDouble(f -> epochs.get(f * 3 + 2).valMetric().getAsDouble()).average().orElseThrow();
        assertEquals(expected, average[2], 1e-9);
        assertTrue(average[2] < average[0], "validation MAE falls over the epochs: " + Arrays.toString(average));
    }
}
