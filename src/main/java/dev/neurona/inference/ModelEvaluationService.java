package dev.neurona.inference;

import dev.neurona.data.DatasetLibrary;
import dev.neurona.data.DatasetUnavailableException;
import dev.neurona.nn.DatasetShape;
import dev.neurona.nn.Evaluator;
import dev.neurona.nn.InvalidModelException;
import dev.neurona.nn.ModelFiles;
import dev.neurona.nn.TestEvaluation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/** Evaluates a model a learner uploads (lesson 1.5's save and load) on the test set. */
@ApplicationScoped
public class ModelEvaluationService {

    @Inject
    DatasetLibrary datasets;

    /** The evaluation of an uploaded model, and its parameter count. */
    public record UploadedEvaluation(TestEvaluation evaluation, long parameters) {
    }

    public UploadedEvaluation evaluate(byte[] modelZip, DatasetShape shape) throws InvalidModelException, DatasetUnavailableException {
        MultiLayerNetwork network = ModelFiles.readUpload(modelZip, shape);
        TestEvaluation evaluation = new Evaluator(0).evaluate(network, datasets.mnistTest());
        return new UploadedEvaluation(evaluation, network.numParams());
    }
}
