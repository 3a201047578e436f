package dev.neurona.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.data.DatasetFiles;
import dev.neurona.data.DatasetLibrary;
import dev.neurona.data.TensorDataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Trains small networks on a slice of the real MNIST so the suite stays quick. */
class TrainerTest {

    private static TensorDataset train;
    private static TensorDataset test;

    @BeforeAll
    static void loadSlices() throws Exception {
        DatasetLibrary library = new DatasetLibrary(new DatasetFiles(Optional.empty()));
        train = library.mnistTrain().rows(0, 3000);
        test = library.mnistTest().rows(0, 1000);
    }

    static NetworkSpec spec(Map<String, String> overrides) {
        Map<String, String> values = SpecParserTest.lessonDefaults();
        values.put("hidden", "32 relu");
        values.putAll(overrides);
        return new SpecParser(SpecLimits.defaults()).parse(values, DatasetShape.MNIST).orElseThrow();
    }

    /** Records what a training reports. */
    static final class Recorder implements TrainingObserver {
        final List<BatchProgress> batches = new ArrayList<>();
        final List<EpochResult> epochs = new ArrayList<>();
        int stopAfterBatches = Integer.MAX_VALUE;

        @Override
        public void onBatch(BatchProgress progress) {
            batches.add(progress);
        }

        @Override
        public void onEpoch(EpochResult result) {
            epochs.add(result);
        }

        @Override
        public boolean stopRequested() {
            return batches.size() >= stopAfterBatches;
        }
    }

    @Test
    void learnsAndReportsLikeKerasFit() {
        Recorder recorder = new Recorder();
        NetworkSpec spec = spec(Map.of("epochs", "5", "validation_split", "0.2"));
        TrainingOutcome outcome = new Trainer().train(spec, train, recorder);

        assertFalse(outcome.stopped());
        assertEquals(5, recorder.epochs.size());
        int steps = (int) Math.ceil(2400 / 128.0);
        assertEquals(5 * steps, recorder.batches.size());
        EpochResult first = recorder.epochs.get(0);
        EpochResult last = recorder.epochs.get(4);
        assertEquals(steps, first.steps());
        assertTrue(last.loss() < first.loss(), "train loss falls: " + recorder.epochs);
        assertTrue(last.valLoss().orElseThrow() < first.valLoss().orElseThrow(), "val loss falls: " + recorder.epochs);
        assertTrue(last.valMetric().orElseThrow() > 0.8, "val accuracy " + last.valMetric());

        TestEvaluation evaluation = new Evaluator(20).evaluate(outcome.network(), test);
        assertEquals(1000, evaluation.examples());
        assertTrue(evaluation.accuracy() > 0.8, "test accuracy " + evaluation.accuracy() + " after " + recorder.epochs);
        int diagonal = 0;
        int total = 0;
        for (int i = 0; i < 10; i++) {
            for (int j = 0; j < 10; j++) {
                total += evaluation.confusion()[i][j];
                diagonal += i == j ? evaluation.confusion()[i][j] : 0;
            }
        }
        assertEquals(1000, total);
        assertEquals(evaluation.accuracy(), diagonal / 1000.0, 1e-9);
        assertEquals(Math.min(20, 1000 - diagonal), evaluation.misclassified().size());
        evaluation.misclassified().forEach(m -> assertTrue(m.label() != m.predicted()));
    }

    @Test
    void batchAccuracyComesFromTheTrainingForwardPass() {
        NetworkSpec spec = spec(Map.of("hidden", "16 relu, 8 tanh"));
        MultiLayerNetwork network = NetworkFactory.build(spec);
        BatchMetricListener listener = new BatchMetricListener(spec);
        network.setListeners(listener);
        TensorDataset batch = train.rows(0, 128);
        INDArray features = batch.features().dup();
        INDArray labels = batch.labels().dup();
        int expected = Predictions.correct(network.output(features, false), labels);
        listener.expect(labels);
        network.fit(features, labels);
        assertEquals(expected, listener.sum().orElseThrow(), 0);
    }

    @Test
    void sameSeedGivesTheSameCurve() {
        NetworkSpec spec = spec(Map.of("epochs", "1"));
        Recorder a = new Recorder();
        Recorder b = new Recorder();
        new Trainer().train(spec, train.rows(0, 1000), a);
        new Trainer().train(spec, train.rows(0, 1000), b);
        assertEquals(a.epochs.get(0).loss(), b.epochs.get(0).loss(), 1e-6);
    }

    @Test
    void stopsBetweenBatchesWhenAsked() {
        Recorder recorder = new Recorder();
        recorder.stopAfterBatches = 3;
        TrainingOutcome outcome = new Trainer().train(spec(Map.of("epochs", "5")), train, recorder);
        assertTrue(outcome.stopped());
        assertEquals(3, recorder.batches.size());
        assertTrue(recorder.epochs.isEmpty());
    }

    @Test
    void aSavedModelEvaluatesTheSameAfterLoading(@TempDir Path dir) throws Exception {
        TrainingOutcome outcome = new Trainer().train(spec(Map.of("epochs", "1")), train, new Recorder());
        Path file = dir.resolve("model.zip");
        ModelFiles.save(outcome.network(), file);
        MultiLayerNetwork uploaded = ModelFiles.readUpload(Files.readAllBytes(file), DatasetShape.MNIST);
        Evaluator evaluator = new Evaluator(0);
        assertEquals(evaluator.evaluate(outcome.network(), test).accuracy(), evaluator.evaluate(uploaded, test).accuracy(), 1e-12);
        assertEquals(evaluator.evaluate(outcome.network(), test).loss(), evaluator.evaluate(ModelFiles.load(file), test).loss(), 1e-6);
    }

    @Test
    void refusesFilesThatAreNotAFittingModel(@TempDir Path dir) throws IOException {
        assertEquals(InvalidModelException.Reason.EMPTY, reason(new byte[0]));
        assertEquals(InvalidModelException.Reason.NOT_A_MODEL, reason("hola".getBytes()));
        NetworkSpec other = spec(Map.of());
        Path file = dir.resolve("other.zip");
        ModelFiles.save(NetworkFactory.build(other), file);
        assertEquals(InvalidModelException.Reason.NOT_A_MODEL, reason(Arrays2.truncate(Files.readAllBytes(file))));
        DatasetShape twoClasses = new DatasetShape("mnist", 784, 2, 60_000);
        InvalidModelException e = assertThrows(InvalidModelException.class,
                () -> ModelFiles.readUpload(Files.readAllBytes(file), twoClasses));
        assertEquals(InvalidModelException.Reason.WRONG_SHAPE, e.reason());
    }

    private static InvalidModelException.Reason reason(byte[] bytes) {
        return assertThrows(InvalidModelException.class, () -> ModelFiles.readUpload(bytes, DatasetShape.MNIST)).reason();
    }

    /** Cuts a file in half, as an interrupted download would. */
    static final class Arrays2 {
        static byte[] truncate(byte[] bytes) {
            return java.util.Arrays.copyOf(bytes, bytes.length / 2);
        }
    }

    @Test
    void dropoutAndL2BuildTheLayersKerasWould() {
        NetworkSpec spec = spec(Map.of("hidden", "16 relu, 16 relu", "dropout", "0.5", "l2", "0.001"));
        MultiLayerNetwork network = NetworkFactory.build(spec);
        assertEquals(5, network.getnLayers(), "Dense, Dropout, Dense, Dropout, output");
        var dropout = (org.deeplearning4j.nn.conf.layers.DropoutLayer) network.getLayer(1).conf().getLayer();
        assertEquals(0.5, ((org.deeplearning4j.nn.conf.dropout.Dropout) dropout.getIDropout()).getP(), 1e-12, "keep probability");
        // dropout has no parameters: the same count as without it
        assertEquals(ModelSummary.of(spec).totalParameters(), network.numParams());
        Recorder recorder = new Recorder();
        new Trainer().train(spec(Map.of("hidden", "16 relu", "dropout", "0.5", "l2", "0.001", "epochs", "2")), train, recorder);
        assertEquals(2, recorder.epochs.size());
        assertTrue(recorder.epochs.get(1).loss() < recorder.epochs.get(0).loss());
    }

    @Test
    void earlyStoppingStopsWhenValidationLossStopsImprovingAndRestoresTheBestWeights() {
        // a big network on 300 examples overfits within a few epochs
        NetworkSpec spec = spec(Map.of("hidden", "256 relu", "optimizer", "adam", "learning_rate", "0.005",
                "epochs", "60", "batch_size", "32", "validation_split", "0.3", "patience", "2", "restore_best", "true"));
        TensorDataset small = train.rows(0, 300);
        Recorder recorder = new Recorder();
        TrainingOutcome outcome = new Trainer().train(spec, small, recorder);
        assertTrue(outcome.stoppedEarly(), "stopped before 60 epochs: " + recorder.epochs.size());
        assertTrue(recorder.epochs.size() < 60);
        int best = outcome.bestEpoch().orElseThrow();
        assertEquals(recorder.epochs.size() - 2, best, "patience 2: two epochs without improvement after the best");
        double bestValLoss = recorder.epochs.get(best - 1).valLoss().orElseThrow();
        for (EpochResult epoch : recorder.epochs) {
            assertTrue(epoch.valLoss().orElseThrow() >= bestValLoss);
        }
        double restored = Trainer.score(outcome.network(), Metric.ACCURACY, small, java.util.stream.IntStream.range(210, 300).toArray()).loss();
        assertEquals(bestValLoss, restored, 1e-5, "the network holds the best epoch's weights");
    }
}
