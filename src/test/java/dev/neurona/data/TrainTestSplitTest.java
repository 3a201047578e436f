package dev.neurona.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The seeded train/test split of the playground. */
class TrainTestSplitTest {

    private final TensorDataset data = Toy2d.circle(1000, 0.1, 8);

    @Test
    void theRatioSetsTheSizes() {
        for (double ratio : new double[] {0.1, 0.5, 0.7, 0.9}) {
            TrainTestSplit split = TrainTestSplit.of(data, ratio, 1);
            assertEquals(Math.round(1000 * ratio), split.train().size(), "ratio " + ratio);
            assertEquals(1000 - Math.round(1000 * ratio), split.test().size(), "ratio " + ratio);
        }
        TensorDataset tiny = Toy2d.xor(5, 0, 1);
        assertEquals(1, TrainTestSplit.of(tiny, 0.1, 1).train().size(), "at least one row to train on");
        assertEquals(1, TrainTestSplit.of(tiny, 0.9, 1).test().size(), "at least one row to test on");
    }

    @Test
    void everyRowLandsOnExactlyOneSideWithItsLabel() {
        TrainTestSplit split = TrainTestSplit.of(data, 0.7, 3);
        List<String> before = rows(data);
        List<String> after = rows(split.train());
        after.addAll(rows(split.test()));
        before.sort(null);
        after.sort(null);
        assertEquals(before, after);
    }

    @Test
    void theSameSeedGivesTheSameSplitAndTheRowsAreShuffled() {
        TrainTestSplit a = TrainTestSplit.of(data, 0.6, 5);
        TrainTestSplit b = TrainTestSplit.of(data, 0.6, 5);
        TrainTestSplit c = TrainTestSplit.of(data, 0.6, 6);
        assertEquals(a.train().features(), b.train().features());
        assertEquals(a.test().labels(), b.test().labels());
        assertFalse(a.train().features().equals(c.train().features()));
        assertFalse(a.train().features().equals(data.rows(0, 600).features()), "not just the first rows");
    }

    @Test
    void theSidesAreCopiesThatOutliveChangesToTheSource() {
        TensorDataset source = Toy2d.gaussian(100, 0, 2);
        TrainTestSplit split = TrainTestSplit.of(source, 0.5, 1);
        INDArray before = split.train().features().dup();
        source.features().assign(0);
        assertEquals(before, split.train().features());
    }

    @Test
    void refusesRatiosOutsideTenToNinetyPercent() {
        assertThrows(IllegalArgumentException.class, () -> TrainTestSplit.of(data, 0.05, 1));
        assertThrows(IllegalArgumentException.class, () -> TrainTestSplit.of(data, 0.95, 1));
        assertThrows(IllegalArgumentException.class, () -> TrainTestSplit.of(data, Double.NaN, 1));
    }

    /** Each row as "x1,x2,label" text, to compare datasets as multisets of rows. */
    private static List<String> rows(TensorDataset data) {
        float[] x = Toy2dTest.flat(data);
        float[] y = Toy2dTest.labels(data);
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
            rows.add(x[2 * i] + "," + x[2 * i + 1] + "," + y[i]);
        }
        return rows;
    }
}
