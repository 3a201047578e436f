package dev.neurona.nn.scratch;

import java.util.List;

/**
 * Our gradients next to DL4J's for the same weights and data (see {@link Dl4jOracle}): the two
 * losses and, per parameter, the factor DL4J's gradient should be of ours, the factor it is, and
 * how far apart they are once ours is scaled by it.
 */
public record GradientCheck(double ourMse, double dl4jMse, List<Parameter> parameters) {

    /** Whether the losses agree and every gradient agrees within {@link Dl4jOracle#TOLERANCE}. */
    public boolean matches() {
        return Math.abs(ourMse - dl4jMse) <= 1e-6 && parameters.stream().allMatch(Parameter::matches);
    }

    /**
     * One parameter's comparison: {@code name} is ours (dW1), {@code dl4jName} DL4J's (0_W);
     * {@code expectedFactor} is 2 for weights and 2·n for biases, {@code observedFactor} the ratio
     * of DL4J's gradient to ours; {@code relativeDifference} is the largest |factor·ours − theirs|
     * over the largest |theirs|.
     */
    public record Parameter(String name, String dl4jName, long[] shape, boolean bias, double expectedFactor,
            double observedFactor, double maxDifference, double relativeDifference) {

        public boolean matches() {
            return relativeDifference <= Dl4jOracle.TOLERANCE;
        }
    }
}
