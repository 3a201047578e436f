package dev.neurona.inference;

import dev.neurona.runs.RunService;

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

/**
 * The saved models of finished runs, loaded on first use and kept in a small LRU cache, so a learner
 * trying input after input (a drawn digit, a typed review) does not reload the zip every time. A
 * {@link MultiLayerNetwork} is not thread-safe: each cached model is used by one request at a time.
 */
@ApplicationScoped
public class ModelCache {

    /** How many models stay loaded; a model is a few MB at most (the parameter limit is 5 M floats). */
    static final int CACHED_MODELS = 8;

    @Inject
    RunService runs;

    /** Run id → its model, least recently used first. Guarded by {@code this}. */
    private final Map<String, Model> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Model> eldest) {
            return size() > CACHED_MODELS;
        }
    };

    /**
     * The model of run {@code runId}, not loaded yet: a caller can refuse a bad input after knowing
     * the run exists and before paying for the load.
     *
     * @throws NoSuchElementException if there is no such run or it has no saved model
     */
    public synchronized Model model(String runId) {
        Model model = cache.get(runId);
        if (model == null) {
            // also refuses ids that are not run ids: RunService knows what a run id is
            Path file = runs.modelFile(runId).orElseThrow(() -> new NoSuchElementException("run " + runId + " has no saved model"));
            model = new Model(runId, file);
            cache.put(runId, model);
        }
        return model;
    }

    private synchronized void forget(Model model) {
        cache.remove(model.runId, model);
    }

    /** A run's model; its lock serialises loading and every use of the network. */
    public final class Model {
        private final String runId;
        private final Path file;
        private MultiLayerNetwork network;

        private Model(String runId, Path file) {
            this.runId = runId;
            this.file = file;
        }

        /**
         * The network's output for a batch of inputs, as floats row by row.
         *
         * @throws UnusableModelException if the network does not take {@code input}'s number of columns
         */
        public synchronized float[] output(INDArray input) {
            if (network == null) {
                try {
                    network = ModelFiles.load(file);
                } catch (IOException e) {
                    forget(this);
                    throw new UncheckedIOException("could not load the model of run " + runId, e);
                }
            }
            long inputs = network.layerInputSize(0);
            if (inputs != input.columns()) {
                throw new UnusableModelException("the model takes " + inputs + " inputs, not " + input.columns());
            }
            INDArray output = network.output(input.castTo(network.params().dataType()), false);
            return output.castTo(DataType.FLOAT).toFloatVector();
        }
    }
}
