package dev.neurona.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The playground's points, their train/test cut, and the XOR truth table of lesson 1.6. */
class PlaygroundDataTest {

    @Test
    void theRatioSetsTheCountsAndEveryPointIsUsedOnce() {
        for (double ratio : new double[] {0.1, 0.5, 0.8, 0.9}) {
            TrainTestSplit split = new PlaygroundData(Toy2dKind.SPIRAL, 500, 0.1, ratio, 3).split();
            assertEquals(Math.round(500 * ratio), split.train().size(), "ratio " + ratio);
            assertEquals(500 - Math.round(500 * ratio), split.test().size(), "ratio " + ratio);
            assertArrayEquals(new long[] {split.test().size(), 1}, split.test().labels().shape());
        }
        TrainTestSplit split = new PlaygroundData(Toy2dKind.CIRCLE, 300, 0.2, 0.7, 9).split();
        List<String> all = rows(Toy2dKind.CIRCLE.generate(300, 0.2, 9));
        List<String> cut = rows(split.train());
        cut.addAll(rows(split.test()));
        all.sort(null);
        cut.sort(null);
        assertEquals(all, cut);
    }

    @Test
    void theSameSettingsGiveTheSameSplitAndAnotherSeedAnother() {
        PlaygroundData settings = new PlaygroundData(Toy2dKind.XOR, 200, 0.3, 0.6, 42);
        TrainTestSplit a = settings.split();
        TrainTestSplit b = new PlaygroundData(Toy2dKind.XOR, 200, 0.3, 0.6, 42).split();
        assertEquals(a.train().features(), b.train().features());
        assertEquals(a.train().labels(), b.train().labels());
        assertEquals(a.test().features(), b.test().features());
        assertFalse(a.train().features().equals(new PlaygroundData(Toy2dKind.XOR, 200, 0.3, 0.6, 43).split().train().features()));
    }

    @Test
    void refusesSettingsOutsideTheLimits() {
        assertThrows(IllegalArgumentException.class, () -> new PlaygroundData(Toy2dKind.CIRCLE, 1, 0, 0.5, 1));
        assertThrows(IllegalArgumentException.class, () -> new PlaygroundData(Toy2dKind.CIRCLE, 100, 0.6, 0.5, 1));
        assertThrows(IllegalArgumentException.class, () -> new PlaygroundData(Toy2dKind.CIRCLE, 100, 0, 0.05, 1));
        assertThrows(IllegalArgumentException.class, () -> new PlaygroundData(Toy2dKind.CIRCLE, 100, 0, 0.95, 1));
        assertThrows(IllegalArgumentException.class, () -> new PlaygroundData(Toy2dKind.CIRCLE, 100, Double.NaN, 0.5, 1));
    }

    @Test
    void theXorTruthTableRepeatsItsFourRows() {
        TensorDataset one = TruthTable.xor(1);
        assertArrayEquals(new float[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}}, one.features().toFloatMatrix());
        assertArrayEquals(new float[][] {{0}, {1}, {1}, {0}}, one.labels().toFloatMatrix());
        TensorDataset many = TruthTable.xor(8);
        assertEquals(32, many.size());
        assertArrayEquals(new float[] {1, 1}, many.features().getRow(31).toFloatVector());
        assertArrayEquals(new float[] {1}, many.labels().getRow(29).toFloatVector());
        assertEquals(16f, many.labels().sumNumber().floatValue());
        assertThrows(IllegalArgumentException.class, () -> TruthTable.xor(0));
    }

    private static List<String> rows(TensorDataset data) {
        float[][] x = data.features().toFloatMatrix();
        float[][] y = data.labels().toFloatMatrix();
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            rows.add(x[i][0] + "," + x[i][1] + "," + y[i][0]);
        }
        return rows;
    }
}
