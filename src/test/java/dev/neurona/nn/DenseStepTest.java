package dev.neurona.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.data.DatasetFiles;
import dev.neurona.data.DatasetLibrary;
import dev.neurona.data.TensorDataset;
import dev.neurona.support.DenseCases;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The fast Dense step against DL4J's own fit as the oracle: same parameters, losses and curves for the same seed. */
class DenseStepTest {

    private static TensorDataset mnist;

    @BeforeAll
    static void load() throws Exception {
        mnist = new DatasetLibrary(new DatasetFiles(Optional.empty())).mnistTrain().rows(0, 2048);
    }

    private static NetworkSpec spec(String hidden, Activation output, Loss loss, Optimizer optimizer, int outputs) {
        List<DenseLayerSpec> layers = DenseCases.hidden(hidden);
        return new NetworkSpec("mnist", 784, layers, outputs, output, loss, optimizer, 0.001, 2, 128, 0, 42);
    }

    private static TensorDataset labelsFor(Loss loss) {
        return DenseCases.labelsFor(mnist, loss);
    }

    @ParameterizedTest
    @CsvSource({
        "512 relu, SOFTMAX, CATEGORICAL_CROSSENTROPY, RMSPROP, 10",
        "64 relu; 32 tanh, SOFTMAX, CATEGORICAL_CROSSENTROPY, ADAM, 10",
        "16 sigmoid, SIGMOID, BINARY_CROSSENTROPY, SGD, 1",
        "32 relu; 16 relu, LINEAR, MSE, MOMENTUM, 1",
        "24 tanh; 12 softmax; 8 linear, SOFTMAX, CATEGORICAL_CROSSENTROPY, RMSPROP, 10",
    })
    void stepsMatchDl4jFit(String hidden, Activation output, Loss loss, Optimizer optimizer, int outputs) {
        NetworkSpec spec = spec(hidden, output, loss, optimizer, outputs);
        TensorDataset data = labelsFor(loss);
        MultiLayerNetwork reference = NetworkFactory.build(spec);
        MultiLayerNetwork fast = NetworkFactory.build(spec);
        assertEquals(0, reference.params().sub(fast.params()).amaxNumber().doubleValue(), "same seed, same start");
        DenseStep step = DenseStep.of(spec, fast).orElseThrow();
        for (int batch = 0; batch < 6; batch++) {
            TensorDataset rows = data.rows(batch * 128, batch * 128 + 128);
            INDArray x = rows.features().dup();
            INDArray y = rows.labels().dup();
            reference.fit(x, y);
            double[] ours = step.fit(x, y);
            assertEquals(reference.score(), ours[0], 1e-4 * Math.max(1, Math.abs(ours[0])), "loss of batch " + batch);
        }
        double difference = reference.params().sub(fast.params()).amaxNumber().doubleValue();
        double scale = reference.params().amaxNumber().doubleValue();
        assertTrue(difference < 1e-4 * scale, "parameters after 6 steps differ by " + difference + " (scale " + scale + ")");

        // handed back, the updater state and iteration count are what fit leaves (a saved model carries them)
        step.finish();
        assertEquals(reference.getIterationCount(), fast.getIterationCount());
        INDArray referenceState = reference.getUpdater().getStateViewArray();
        if (referenceState != null) {
            INDArray fastState = fast.getUpdater().getStateViewArray();
            double stateScale = referenceState.amaxNumber().doubleValue();
            assertTrue(referenceState.sub(fastState).amaxNumber().doubleValue() < 1e-3 * stateScale, "updater state");
        }
    }

    @org.junit.jupiter.api.Test
    void splittingTheProductsOverSpareCoresChangesNoNumber() {
        NetworkSpec spec = spec("512 relu", Activation.SOFTMAX, Loss.CATEGORICAL_CROSSENTROPY, Optimizer.RMSPROP, 10);
        MultiLayerNetwork alone = NetworkFactory.build(spec);
        MultiLayerNetwork split = NetworkFactory.build(spec);
        SpareCores twoCores = new SpareCores(2);
        assertEquals(2, twoCores.parts(), "no run counted in: a run may use both cores");
        DenseStep one = DenseStep.of(spec, alone, new SpareCores(1)).orElseThrow();
        DenseStep two = DenseStep.of(spec, split, twoCores).orElseThrow();
        for (int batch = 0; batch < 4; batch++) {
            TensorDataset rows = mnist.rows(batch * 128, batch * 128 + 128);
            double[] a = one.fit(rows.features().dup(), rows.labels().dup());
            double[] b = two.fit(rows.features().dup(), rows.labels().dup());
            assertEquals(a[0], b[0], 1e-6, "loss of batch " + batch);
        }
        assertTrue(alone.params().sub(split.params()).amaxNumber().doubleValue() < 1e-6, "same parameters whichever core computed them");
    }

    @ParameterizedTest
    @CsvSource({"512 relu, RMSPROP"})
    void theLessonsCurveIsTheSameAsDl4jsForTheSameSeed(String hidden, Optimizer optimizer) {
        NetworkSpec spec = spec(hidden, Activation.SOFTMAX, Loss.CATEGORICAL_CROSSENTROPY, optimizer, 10);
        List<EpochResult> dl4j = curve(new Trainer(false), spec);
        List<EpochResult> ours = curve(new Trainer(true), spec);
        for (int i = 0; i < dl4j.size(); i++) {
            assertEquals(dl4j.get(i).loss(), ours.get(i).loss(), 1e-3, "epoch " + (i + 1) + " loss");
            assertEquals(dl4j.get(i).metric(), ours.get(i).metric(), 2e-3, "epoch " + (i + 1) + " accuracy");
        }
    }

    private static List<EpochResult> curve(Trainer trainer, NetworkSpec spec) {
        List<EpochResult> epochs = new ArrayList<>();
        trainer.train(spec, mnist, TrainingObserver.epochs(epochs::add));
        return epochs;
    }
}
