package dev.neurona.nn.scratch;

import java.util.LinkedHashMap;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Everything the forward pass computed, layer by layer, with the lesson's names: Z = A·W + b and
 * A = g(Z). The backward pass needs all of it, which is why it is kept (lesson 2.3's {@code cache}).
 */
public record ForwardPass(INDArray Z1, INDArray A1, INDArray Z2, INDArray A2, INDArray Z3, INDArray A3) {

    /** The shape of each intermediate result in the order they are computed, e.g. Z1 → (1000, 4). */
    public Map<String, long[]> shapes() {
        Map<String, long[]> shapes = new LinkedHashMap<>();
        shapes.put("Z1", Z1.shape());
        shapes.put("A1", A1.shape());
        shapes.put("Z2", Z2.shape());
        shapes.put("A2", A2.shape());
        shapes.put("Z3", Z3.shape());
        shapes.put("A3", A3.shape());
        return shapes;
    }
}
