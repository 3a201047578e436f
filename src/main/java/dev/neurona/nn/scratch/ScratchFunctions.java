package dev.neurona.nn.scratch;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The activations, their derivatives and the loss of lesson 2.2, written as the lesson writes them.
 * Every function returns a new array and leaves its argument untouched: the forward pass's Z and A
 * are needed again, intact, by the backward pass.
 */
public final class ScratchFunctions {

    private ScratchFunctions() {
    }

    public static INDArray sigmoid(INDArray z) {
        return Transforms.sigmoid(z, true);
    }

    /**
     * σ′(z) = σ(z)·(1 − σ(z)), evaluated at Z, the sigmoid's input, never at its output A. ND4J's
     * sigmoid derivative computes exactly that in one native op instead of three (σ, 1 − σ, product):
     * every op costs tens of microseconds however small the array, and a training runs 20,000 steps.
     */
    public static INDArray sigmoidPrime(INDArray z) {
        return Transforms.sigmoidDerivative(z, true);
    }

    public static INDArray relu(INDArray z) {
        return Transforms.relu(z, true);
    }

    /**
     * 1 where z > 0 and 0 elsewhere (0 at z = 0 by convention), in a new array of z's type: the step
     * function, the same values as the lesson's {@code z.gt(0).castTo(z.dataType())} in one op.
     */
    public static INDArray reluPrime(INDArray z) {
        return Transforms.step(z, true);
    }

    /** Mean of (ŷ − y)² over every example. */
    public static double mse(INDArray y, INDArray yHat) {
        INDArray error = yHat.sub(y);
        return error.mul(error).meanNumber().doubleValue();
    }

    /**
     * ŷ − y: the course's derivative of the error. The exact derivative of the MSE is 2/N times this;
     * the constant only scales the steps, and the learning rate already sets their size.
     */
    public static INDArray msePrime(INDArray y, INDArray yHat) {
        return yHat.sub(y);
    }
}
