package dev.neurona.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Batches built from the images' bytes equal the rows of the whole set converted to floats at once. */
class ImageExamplesTest {

    private static final int CLASSES = 4;

    private final LabeledImages images = images(50, 3, 5);
    private final ImageExamples examples = new ImageExamples(images, CLASSES);
    private final TensorDataset all = TensorDataset.fromImages(images, CLASSES);

    @Test
    void rowsAndRefilledBuffersMatchTheFloatConversionOfTheWholeSet() {
        int[] first = {7, 0, 49, 7};
        int[] second = {3, 12, 30, 1};
        TensorDataset batch = examples.rows(first);
        assertEquals(all.rows(first).features(), batch.features());
        assertEquals(all.rows(first).labels(), batch.labels());
        TensorDataset refilled = examples.rowsInto(second, batch);
        assertSame(batch, refilled);
        assertEquals(all.rows(second).features(), refilled.features());
        assertEquals(all.rows(second).labels(), refilled.labels());
    }

    @Test
    void aRangeIsItsRowsInOrder() {
        TensorDataset range = examples.range(10, 20);
        assertEquals(all.rows(10, 20).features(), range.features());
        assertEquals(all.rows(10, 20).labels(), range.labels());
        assertEquals(15, examples.inputs());
        assertEquals(CLASSES, examples.outputs());
        assertEquals(50, examples.size());
    }

    @Test
    void rowsOutsideTheSetOrABufferOfAnotherShapeAreRefused() {
        assertThrows(IndexOutOfBoundsException.class, () -> examples.rows(new int[] {50}));
        assertThrows(IndexOutOfBoundsException.class, () -> examples.range(40, 51));
        TensorDataset three = examples.rows(new int[] {1, 2, 3});
        assertThrows(
                IllegalArgumentException.class, () -> examples.rowsInto(new int[] {1, 2}, three));
    }

    private static LabeledImages images(int count, int rows, int cols) {
        Random random = new Random(7);
        byte[] pixels = new byte[count * rows * cols];
        random.nextBytes(pixels);
        byte[] labels = new byte[count];
        for (int i = 0; i < count; i++) {
            labels[i] = (byte) random.nextInt(CLASSES);
        }
        return new LabeledImages(rows, cols, pixels, labels);
    }
}
