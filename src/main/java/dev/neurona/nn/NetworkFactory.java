package dev.neurona.nn;

import java.util.List;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.api.buffer.DataType;

/** Builds the DL4J {@link MultiLayerNetwork} a spec describes, initialised the way Keras initialises Dense layers. */
public final class NetworkFactory {

    private NetworkFactory() {
    }

    public static MultiLayerNetwork build(NetworkSpec spec) {
        Regularization regularization = spec.regularization();
        NeuralNetConfiguration.Builder builder = new NeuralNetConfiguration.Builder()
                .seed(spec.seed())
                .dataType(DataType.FLOAT)
                .updater(spec.optimizer().updater(spec.learningRate()))
                // Keras's Dense default: glorot_uniform weights, zero biases
                .weightInit(WeightInit.XAVIER_UNIFORM);
        if (regularization.l1() > 0) {
            builder.l1(regularization.l1());
        }
        if (regularization.l2() > 0) {
            // DL4J's L2 term is ½·λ·Σw², Keras's is λ·Σw²: twice the coefficient gives the same penalty
            builder.l2(2 * regularization.l2());
        }
        NeuralNetConfiguration.ListBuilder list = builder.list();
        int previous = spec.inputs();
        List<DenseLayerSpec> hidden = spec.hidden();
        for (DenseLayerSpec layer : hidden) {
            list.layer(new DenseLayer.Builder()
                    .nIn(previous).nOut(layer.units())
                    .activation(layer.activation().dl4j())
                    .build());
            if (regularization.dropout() > 0) {
                // DL4J's argument is the probability of KEEPING a unit; Keras's Dropout(rate) drops it
                list.layer(new DropoutLayer.Builder(1 - regularization.dropout()).nIn(layer.units()).nOut(layer.units()).build());
            }
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
