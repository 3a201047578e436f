package dev.neurona.nn;

import java.util.List;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.optimize.api.BaseTrainingListener;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Measures each training batch's metric (correct predictions, absolute errors) from the forward pass
 * DL4J already does, as Keras computes its training metric: DL4J hands listeners the activations up to the input of the
 * output layer, so only the small output layer is recomputed here, not the whole network.
 */
final class BatchMetricListener extends BaseTrainingListener {

    private final NetworkSpec spec;
    private INDArray labels;
    private double sum;
    private boolean measured;

    BatchMetricListener(NetworkSpec spec) {
        this.spec = spec;
    }

    void expect(INDArray batchLabels) {
        this.labels = batchLabels;
        this.measured = false;
    }

    /** The metric summed over the last batch, empty if DL4J did not report its forward pass. */
    java.util.OptionalDouble sum() {
        return measured ? java.util.OptionalDouble.of(sum) : java.util.OptionalDouble.empty();
    }

    @Override
    public void onForwardPass(Model model, List<INDArray> activations) {
        MultiLayerNetwork network = (MultiLayerNetwork) model;
        int layers = network.getnLayers();
        try (MemoryWorkspace ignored = Nd4j.getMemoryManager().scopeOutOfWorkspaces()) {
            INDArray last = activations.get(activations.size() - 1);
            INDArray outputs;
            if (activations.size() == layers + 1) {
                outputs = last;
            } else {
                INDArray w = network.getLayer(layers - 1).getParam("W");
                INDArray b = network.getLayer(layers - 1).getParam("b");
                INDArray z = last.castTo(w.dataType()).mmul(w).addiRowVector(b);
                outputs = spec.output().dl4j().getActivationFunction().getActivation(z, false);
            }
            sum = spec.metric().sum(outputs, labels);
            measured = true;
        }
    }
}
