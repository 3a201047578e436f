package dev.neurona.runs;

import dev.neurona.config.NativeRuntime;
import dev.neurona.config.NeuronaConfig;
import dev.neurona.data.BostonHousing;
import dev.neurona.data.DatasetLibrary;
import dev.neurona.data.DatasetUnavailableException;
import dev.neurona.data.ImageExamples;
import dev.neurona.data.Imdb;
import dev.neurona.data.Reuters;
import dev.neurona.nn.Activation;
import dev.neurona.nn.DenseLayerSpec;
import dev.neurona.nn.Evaluator;
import dev.neurona.nn.Loss;
import dev.neurona.nn.ModelFiles;
import dev.neurona.nn.NetworkSpec;
import dev.neurona.nn.Optimizer;
import dev.neurona.nn.Trainer;
import dev.neurona.nn.TrainingObserver;
import dev.neurona.nn.TrainingOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.logging.Logger;

/** Loads the native libraries and the datasets ahead of the first run, so it starts streaming at once. */
@ApplicationScoped
public class EngineWarmUp {

    private static final Logger LOG = Logger.getLogger(EngineWarmUp.class);

    @Inject NeuronaConfig config;

    @Inject DatasetLibrary datasets;

    private volatile boolean ready;

    /** Starts the warm-up on a thread of its own: the server answers meanwhile. */
    void start() {
        Thread warmUp = new Thread(this::warmUp, "training-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    /** Whether the warm-up loaded the native libraries and MNIST and trained once. */
    boolean ready() {
        return ready;
    }

    private void warmUp() {
        try {
            NativeRuntime.capThreads(config.workers().threadsPerRun());
            ImageExamples train = datasets.mnistTrain();
            datasets.mnistTest();
            if (!config.workers().fullWarmUp()) {
                ready = true;
                return;
            }
            preloadTextDatasets();
            // a small fit loads the native kernels and gets the fast step's loops JIT-compiled (64
            // batches:
            // with 4, a learner's first run still spent its first epoch in the interpreter, twice
            // as slow)
            // and the test evaluation's, so a learner's first run ending does not recompile the
            // others' loops
            TrainingOutcome warm =
                    new Trainer().train(warmUpSpec(), train.rows(0, 2048), TrainingObserver.QUIET);
            new Evaluator(0).evaluate(warm.network(), datasets.mnistTest().view(0, 2500));
            warmUpModelSave(warm);
            ready = true;
        } catch (DatasetUnavailableException e) {
            LOG.warn(e.getMessage());
        } catch (RuntimeException | LinkageError e) {
            LOG.error("could not prepare the training engine", e);
        }
    }

    /** The first model saved in a process took 0.33 s instead of 0.11 (class loading, the zip path's JIT): paid here, not by a learner. */
    private static void warmUpModelSave(TrainingOutcome warm) {
        try {
            Path file = Files.createTempFile("neurona-warm-up", ".zip");
            try {
                ModelFiles.save(warm.network(), file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException | RuntimeException e) {
            // only a warm-up: the engine is ready either way
            LOG.debugf("warm-up model save skipped: %s", e.getMessage());
        }
    }

    /** Tokenizing IMDB and Reuters takes seconds: done ahead, the first module-3 run starts at once. */
    private void preloadTextDatasets() {
        for (String name : List.of(Imdb.NAME, Reuters.NAME, BostonHousing.NAME)) {
            if (datasets.isAvailable(name)) {
                try {
                    datasets.exerciseData(name);
                } catch (DatasetUnavailableException e) {
                    LOG.warn(e.getMessage());
                }
            }
        }
    }

    private static NetworkSpec warmUpSpec() {
        return new NetworkSpec(
                "mnist",
                784,
                List.of(new DenseLayerSpec(64, Activation.RELU)),
                10,
                Activation.SOFTMAX,
                Loss.CATEGORICAL_CROSSENTROPY,
                Optimizer.RMSPROP,
                0.001,
                4,
                128,
                0,
                1);
    }
}
