package dev.neurona.inference;

import dev.neurona.data.Mnist;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.NoSuchElementException;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Lesson 1.5's "draw a digit": runs a finished run's saved model (from the {@link ModelCache}) on
 * one 28×28 image a learner drew.
 */
@ApplicationScoped
public class DigitPredictionService {

    /** The image size the models take: 28×28 grey levels in [0, 1], row by row. */
    public static final int PIXELS = 28 * 28;

    @Inject
    ModelCache models;

    /**
     * The prediction of run {@code runId}'s model for one image.
     *
     * @param pixels 784 grey levels in [0, 1], row by row, white ink on black like MNIST
     * @throws NoSuchElementException if there is no such run or it has no saved model
     * @throws IllegalArgumentException if {@code pixels} is not 784 values in [0, 1]
     * @throws UnusableModelException if the model's outputs cannot be read as ten class scores
     */
    public Prediction predict(String runId, float[] pixels) {
        ModelCache.Model model = models.model(runId);
        checkPixels(pixels);
        return toPrediction(model.output(Nd4j.create(pixels, new long[] {1, PIXELS}, DataType.FLOAT)));
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
