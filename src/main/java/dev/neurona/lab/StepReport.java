package dev.neurona.lab;

import dev.neurona.nn.scratch.GradientCheck;
import java.util.List;

/**
 * One step of gradient descent (lesson 2.4) from a fresh network: the parameters before, the
 * gradients of the backward pass (each with its parameter's shape), the parameters after
 * W −= lr·dW and b −= lr·mean(dZ), the MSE before and after, and the gradients checked against DL4J.
 */
public record StepReport(long seed, double learningRate, double mseBefore, double mseAfter,
        List<Matrix> before, List<Matrix> gradients, List<Matrix> after, GradientCheck check) {
}
