package dev.neurona.nn;

import java.util.List;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.api.buffer.DataType;

/** Builds the DL4J {@link MultiLayerNetwork} a spec describes, initialised the way Keras initialises Dense layers. */
public final class NetworkFactory {

    private NetworkFactory() {
    }

    public static MultiLayerNetwork build(NetworkSpec spec) {
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder()
                .seed(spec.seed())
                .dataType(DataType.FLOAT)
                .updater(spec.optimizer().updater(spec.learningRate()))
                // Keras's Dense default: glorot_uniform weights, zero biases
                .weightInit(WeightInit.XAVIER_UNIFORM)
                .list();
        int previous = spec.inputs();
        List<DenseLayerSpec> hidden = spec.hidden();
        for (DenseLayerSpec layer : hidden) {
            list.layer(new DenseLayer.Builder()
                    .nIn(previous).nOut(layer.units())
                    .activation(layer.activation().dl4j())
                    .build());
            previous = layer.units();
        }
        list.layer(new OutputLayer.Builder(spec.loss().dl4j())
                .nIn(previous).nOut(spec.outputs())
                .activation(spec.output().dl4j())
                .build());
        MultiLayerNetwork network = new MultiLayerNetwork(list.build());
        network.init();
        return network;
    }
}
