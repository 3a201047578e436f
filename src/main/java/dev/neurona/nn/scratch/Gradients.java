package dev.neurona.nn.scratch;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The gradients of one backward pass, each with the shape of the parameter it corrects: dW = Aᵀ·dZ
 * sums the examples' contributions, db = mean(dZ, axis 0) averages them (lesson 2.4).
 */
public record Gradients(INDArray dW1, INDArray db1, INDArray dW2, INDArray db2, INDArray dW3, INDArray db3) {
}
