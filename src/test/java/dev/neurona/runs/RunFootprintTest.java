package dev.neurona.runs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.nn.DatasetShape;
import dev.neurona.nn.NetworkSpec;
import dev.neurona.nn.SpecLimits;
import dev.neurona.nn.SpecParser;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A run's estimated memory grows with what it allocates, and the headroom check refuses what does not fit. */
class RunFootprintTest {

    @Test
    void widerNetworksAndBiggerBatchesAreEstimatedBigger() {
        NetworkSpec small =
                spec(
                        DatasetShape.IMDB,
                        "16 relu, 16 relu",
                        "sigmoid",
                        "binary_crossentropy",
                        "rmsprop",
                        "512");
        NetworkSpec wide =
                spec(
                        DatasetShape.IMDB,
                        "256 relu, 16 relu",
                        "sigmoid",
                        "binary_crossentropy",
                        "rmsprop",
                        "512");
        NetworkSpec bigBatch =
                spec(
                        DatasetShape.IMDB,
                        "16 relu, 16 relu",
                        "sigmoid",
                        "binary_crossentropy",
                        "rmsprop",
                        "4096");
        assertTrue(RunFootprint.bytes(wide) > RunFootprint.bytes(small));
        assertTrue(RunFootprint.bytes(bigBatch) > RunFootprint.bytes(small));
        // a 4,096-review batch of 10,000-word multi-hot rows alone is 164 MB
        assertTrue(RunFootprint.bytes(bigBatch) > 4096L * 10_000 * Float.BYTES);
    }

    @Test
    void aRunThatDoesNotFitIsRefusedAfterCollectingWhatFinishedRunsLeft() {
        AtomicLong used = new AtomicLong(900);
        NativeHeadroom headroom = new NativeHeadroom(() -> 1000, used::get, () -> used.set(400));
        assertTrue(headroom.fits(100), "fits without collecting");
        assertTrue(headroom.fits(500), "fits once collected");
        used.set(950);
        NativeHeadroom stillFull = new NativeHeadroom(() -> 1000, used::get, () -> {});
        assertFalse(stillFull.fits(100));
        assertTrue(
                new NativeHeadroom(() -> 0, used::get, () -> {}).fits(Long.MAX_VALUE / 2),
                "no ceiling, no refusal");
    }

    private static NetworkSpec spec(
            DatasetShape shape,
            String hidden,
            String output,
            String loss,
            String optimizer,
            String batch) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("hidden", hidden);
        values.put("output", output);
        values.put("loss", loss);
        values.put("optimizer", optimizer);
        values.put("learning_rate", "0.001");
        values.put("epochs", "1");
        values.put("batch_size", batch);
        values.put("validation_split", "0.1");
        values.put("seed", "42");
        return new SpecParser(SpecLimits.defaults()).parse(values, shape).orElseThrow();
    }
}
