package dev.neurona.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Batch gathers: the Java row copies give what ND4J's pullRows gives, for every kind of array. */
class TensorDatasetTest {

    private static TensorDataset random(DataType type, int rows, int width, int classes) {
        Nd4j.getRandom().setSeed(7);
        return new TensorDataset(Nd4j.rand(type, rows, width), Nd4j.rand(type, rows, classes));
    }

    private static int[] indices(int count, int rows, long seed) {
        Random random = new Random(seed);
        int[] picked = new int[count];
        for (int i = 0; i < count; i++) {
            picked[i] = random.nextInt(rows);
        }
        return picked;
    }

    private static void assertSameRows(TensorDataset data, int[] rows, TensorDataset gathered) {
        assertEquals(Nd4j.pullRows(data.features(), 1, rows), gathered.features());
        assertEquals(Nd4j.pullRows(data.labels(), 1, rows), gathered.labels());
    }

    @Test
    void refilledBatchesHoldTheRowsAskedFor() {
        TensorDataset data = random(DataType.FLOAT, 500, 37, 10);
        TensorDataset buffer = data.rows(indices(64, 500, 1));
        for (long seed = 2; seed < 6; seed++) {
            int[] rows = indices(64, 500, seed);
            // repeated and boundary rows too
            rows[0] = 0;
            rows[1] = 499;
            rows[2] = rows[3];
            TensorDataset refilled = data.rowsInto(rows, buffer);
            assertSameRows(data, rows, refilled);
        }
    }

    @Test
    void doublesAndRowRangesGatherTheSameRows() {
        TensorDataset doubles = random(DataType.DOUBLE, 200, 9, 3);
        int[] rows = indices(32, 200, 3);
        assertSameRows(doubles, rows, doubles.rowsInto(rows, doubles.rows(indices(32, 200, 4))));

        TensorDataset floats = random(DataType.FLOAT, 200, 9, 3);
        TensorDataset view = floats.rows(50, 150);
        int[] viewRows = indices(16, 100, 5);
        assertSameRows(view, viewRows, view.rowsInto(viewRows, view.rows(indices(16, 100, 6))));
        INDArray expected = Nd4j.pullRows(floats.features(), 1, new int[] {50 + viewRows[0]});
        assertEquals(expected, view.rowsInto(viewRows, view.rows(viewRows)).features().getRow(0, true));
    }

    @Test
    void aRowOutsideTheDataIsRefused() {
        TensorDataset data = random(DataType.FLOAT, 100, 5, 2);
        TensorDataset buffer = data.rows(new int[] {1, 2});
        assertThrows(IndexOutOfBoundsException.class, () -> data.rowsInto(new int[] {3, 100}, buffer));
        assertThrows(IndexOutOfBoundsException.class, () -> data.rowsInto(new int[] {-1, 0}, buffer));
    }

    @Test
    void aRangeIsACopyOfThoseRows() {
        TensorDataset data = random(DataType.FLOAT, 300, 11, 4);
        TensorDataset range = data.range(120, 250);
        assertEquals(data.features().get(org.nd4j.linalg.indexing.NDArrayIndex.interval(120, 250), org.nd4j.linalg.indexing.NDArrayIndex.all()),
                range.features());
        assertEquals(data.labels().getRow(249), range.labels().getRow(129));
        float before = data.features().getFloat(120, 0);
        range.features().putScalar(0, 0, before + 5);
        assertEquals(before, data.features().getFloat(120, 0), "the source rows are untouched");
        assertEquals(0, data.range(7, 7).size());
        assertThrows(IndexOutOfBoundsException.class, () -> data.range(290, 301));
        assertEquals(data.range(120, 250).features(), data.view(120, 250).features());
        assertThrows(IndexOutOfBoundsException.class, () -> data.view(-1, 2));
    }
}
