package dev.neurona.support;

import dev.neurona.data.TensorDataset;
import dev.neurona.nn.Activation;
import dev.neurona.nn.DenseLayerSpec;
import dev.neurona.nn.Loss;
import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** What the fast Dense path's tests share: hidden layers written as in their cases, and MNIST targets for each loss. */
public final class DenseCases {

    private DenseCases() {
    }

    /** Hidden layers from "units activation; units activation", e.g. {@code "64 relu; 32 tanh"}. */
    public static List<DenseLayerSpec> hidden(String layers) {
        List<DenseLayerSpec> hidden = new ArrayList<>();
        for (String layer : layers.split(";")) {
            String[] parts = layer.trim().split(" ");
            hidden.add(new DenseLayerSpec(Integer.parseInt(parts[0]), Activation.fromKerasName(parts[1]).orElseThrow()));
        }
        return hidden;
    }

    /**
     * MNIST rows with targets for {@code loss}: the one-hot digits for categorical cross-entropy, one
     * column otherwise ("is it a 0?" for the binary case, the digit's value / 9 for the regression case).
     */
    public static TensorDataset labelsFor(TensorDataset mnist, Loss loss) {
        if (loss == Loss.CATEGORICAL_CROSSENTROPY) {
            return mnist;
        }
        INDArray digit = Nd4j.argMax(mnist.labels(), 1).castTo(mnist.labels().dataType()).reshape(mnist.size(), 1);
        INDArray target = loss == Loss.BINARY_CROSSENTROPY ? digit.eq(0).castTo(digit.dataType()) : digit.div(9);
        return new TensorDataset(mnist.features(), target);
    }
}
