package dev.neurona.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Fashion-MNIST, the optional alternative to MNIST, loads with MNIST's shapes and balanced classes. */
class FashionMnistTest {

    @Test
    void loadsTheDebianFilesWithMnistsShapes() throws Exception {
        DatasetLibrary library = new DatasetLibrary(new DatasetFiles(Optional.empty()));
        assumeTrue(library.isAvailable(Mnist.FASHION), "Fashion-MNIST is optional: apt-get install dataset-fashion-mnist");
        ExerciseData data = library.exerciseData(Mnist.FASHION);
        assertEquals(60_000, data.train().size());
        assertEquals(10_000, data.test().size());
        assertEquals(784, data.train().inputs());
        assertEquals(10, data.train().outputs());
        assertEquals("Ankle boot", data.classNames().get(9));
        // each of the ten kinds of clothes has exactly 6,000 training images
        int[] counts = new int[10];
        LabeledImages train = library.fashionImages().train();
        for (int i = 0; i < train.count(); i++) {
            counts[train.label(i)]++;
        }
        for (int count : counts) {
            assertEquals(6_000, count);
        }
        assertEquals(9, train.label(0), "the first training image is an ankle boot");
    }
}
