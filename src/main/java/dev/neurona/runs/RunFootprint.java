package dev.neurona.runs;

import dev.neurona.nn.DenseLayerSpec;
import dev.neurona.nn.NetworkSpec;
import dev.neurona.nn.Trainer;

/**
 * The native memory a run is expected to take while it trains: its network (parameters, gradients,
 * the updater's state and DL4J's copies), its batch and evaluation buffers, and ND4J's scratch
 * space. An over-estimate on purpose; checked against the free memory at submit and at start.
 */
public final class RunFootprint {

    /** ND4J's per-thread scratch space and the network's own bookkeeping. */
    static final long ENGINE_BYTES = 16L << 20;

    /** Copies of the parameters a training run holds: weights, gradients, two updater moments, the best epoch's, a view. */
    private static final int PARAMETER_COPIES = 6;

    private RunFootprint() {}

    /** Bytes a run of this spec is expected to take from ND4J's native memory. */
    public static long bytes(NetworkSpec spec) {
        long units = spec.layers().stream().mapToLong(DenseLayerSpec::units).sum();
        long rowWidth =
                spec.inputs() + 2 * units; // the input row, each layer's activations and deltas
        long batch = spec.batchSize();
        long chunk = Trainer.evaluationChunk(spec.inputs());
        long floats =
                PARAMETER_COPIES * spec.parameterCount() + 2 * batch * rowWidth + chunk * rowWidth;
        return ENGINE_BYTES + floats * Float.BYTES;
    }
}
