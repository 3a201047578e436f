package dev.neurona.runs;

import dev.neurona.data.Mnist;
import dev.neurona.nn.ModelFiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Lesson 1.5's "draw a digit": runs a finished run's saved model on one 28×28 image a learner drew.
 * Models are loaded from {@link RunService#modelFile(String)} on first use and kept in a small
 * LRU cache, so a learner drawing stroke after stroke does not reload the zip every time. A
 * {@link MultiLayerNetwork} is not thread-safe: each cached model is used by one request at a time.
 */
@ApplicationScoped
public class DigitPredictionService {

    /** The image size the models take: 28×28 grey levels in [0, 1], row by row. */
    public static final int PIXELS = 28 * 28;

    /** How many models stay loaded; an MNIST model is a few MB at most (the parameter limit is 5 M floats). */
    static final int CACHED_MODELS = 8;

    @Inject
    RunService runs;

    /** Run id → its loaded model, least recently used first. Guarded by {@code this}. */
    private final Map<String, CachedModel> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CachedModel> eldest) {
            return size() > CACHED_MODELS;
        }
    };

    /** A model of a run, loaded once; its lock serialises loading and every use of the network. */
    private static final class CachedModel {
        private final Path file;
        private MultiLayerNetwork network;

        CachedModel(Path file) {
            this.file = file;
        }

        synchronized float[] output(float[] pixels) throws IOException {
            if (network == null) {
                network = ModelFiles.load(file);
            }
            INDArray input = Nd4j.create(pixels, new long[] {1, PIXELS}, DataType.FLOAT).castTo(network.params().dataType());
            INDArray output = network.output(input, false);
            return output.castTo(DataType.FLOAT).toFloatVector();
        }
    }

    /** A model whose answer cannot be shown: it does not have ten outputs, or they are not finite numbers. */
    public static final class UnusableModelException extends RuntimeException {
        UnusableModelException(String message) {
            super(message);
        }
    }

    /**
     * The prediction of run {@code runId}'s model for one image.
     *
     * @param pixels 784 grey levels in [0, 1], row by row, white ink on black like MNIST
     * @throws NoSuchElementException if there is no such run or it has no saved model
     * @throws IllegalArgumentException if {@code pixels} is not 784 values in [0, 1]
     * @throws UnusableModelException if the model's outputs cannot be read as ten class scores
     */
    public Prediction predict(String runId, float[] pixels) {
        CachedModel model = model(runId);
        checkPixels(pixels);
        float[] output;
        try {
            output = model.output(pixels);
        } catch (IOException e) {
            forget(runId, model);
            throw new UncheckedIOException("could not load the model of run " + runId, e);
        }
        return toPrediction(output);
    }

    private synchronized CachedModel model(String runId) {
        CachedModel model = cache.get(runId);
        if (model == null) {
            // also refuses ids that are not run ids: RunService knows what a run id is
            Path file = runs.modelFile(runId).orElseThrow(() -> new NoSuchElementException("run " + runId + " has no saved model"));
            model = new CachedModel(file);
            cache.put(runId, model);
        }
        return model;
    }

    private synchronized void forget(String runId, CachedModel model) {
        cache.remove(runId, model);
    }

    static void checkPixels(float[] pixels) {
        if (pixels == null) {
            throw new IllegalArgumentException("pixels are missing: expected " + PIXELS + " values in [0, 1]");
        }
        if (pixels.length != PIXELS) {
            throw new IllegalArgumentException("expected " + PIXELS + " pixels (28×28), got " + pixels.length);
        }
        for (int i = 0; i < pixels.length; i++) {
            float p = pixels[i];
            if (!(p >= 0f && p <= 1f)) {
                throw new IllegalArgumentException("pixel " + i + " is " + p + ": every pixel must be in [0, 1]");
            }
        }
    }

    /**
     * The argmax and the class probabilities. A softmax output already sums to 1; any other
     * output layer is rescaled for display (divided by its sum if it is non-negative, through a
     * softmax otherwise), which keeps the argmax.
     */
    static Prediction toPrediction(float[] output) {
        if (output.length != Mnist.CLASSES) {
            throw new UnusableModelException("the model has " + output.length + " outputs, not " + Mnist.CLASSES);
        }
        int digit = 0;
        double sum = 0;
        boolean nonNegative = true;
        for (int i = 0; i < output.length; i++) {
            if (!Float.isFinite(output[i])) {
                throw new UnusableModelException("the model's outputs are not finite numbers (its training diverged)");
            }
            if (output[i] > output[digit]) {
                digit = i;
            }
            sum += output[i];
            nonNegative &= output[i] >= 0;
        }
        if (nonNegative && Math.abs(sum - 1) <= 1e-3) {
            return new Prediction(digit, output, false);
        }
        float[] probabilities = new float[output.length];
        if (nonNegative && sum > 0) {
            for (int i = 0; i < output.length; i++) {
                probabilities[i] = (float) (output[i] / sum);
            }
        } else {
            double max = output[digit];
            double total = 0;
            double[] exp = new double[output.length];
            for (int i = 0; i < output.length; i++) {
                exp[i] = Math.exp(output[i] - max);
                total += exp[i];
            }
            for (int i = 0; i < output.length; i++) {
                probabilities[i] = (float) (exp[i] / total);
            }
        }
        return new Prediction(digit, probabilities, true);
    }
}
