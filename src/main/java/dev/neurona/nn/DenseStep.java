package dev.neurona.nn;

import dev.neurona.data.NativeFloats;
import java.lang.ref.Reference;
import java.nio.FloatBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.bytedeco.javacpp.FloatPointer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * One training step of a plain stack of Dense layers over the DL4J network's own parameter array:
 * the products on ND4J's BLAS ({@link Sgemm}), everything element-wise fused into one pass per layer
 * ({@link DenseKernels}), and DL4J's updater fused with the parameter update ({@link FusedUpdater}).
 * DL4J's generic {@code fit} spends most of a lesson-1.5 batch outside the matrix products; this keeps
 * its numbers (same parameters, gradients and updater, tested against {@code fit}) without that
 * overhead. Specs with Dropout or L1/L2 keep using {@code fit}.
 */
final class DenseStep {

    private final MultiLayerNetwork network;
    private final NetworkSpec spec;
    private final DenseLayout layout;
    private final int layers;
    private final INDArray flatGradient;
    private final FloatPointer gradient;
    private final FloatBuffer gradientValues;
    private final FusedUpdater updater;
    private final SpareCores cores;
    private final Map<Integer, Buffers> buffers = new HashMap<>();
    private int iteration;

    /** Per batch size: each layer's activations A and the deltas flowing back into it. */
    private record Buffers(LayerBuffers a, LayerBuffers delta) {
    }

    private DenseStep(MultiLayerNetwork network, NetworkSpec spec, DenseLayout layout, FusedUpdater updater, SpareCores cores) {
        this.network = network;
        this.spec = spec;
        this.layout = layout;
        this.layers = layout.layers();
        this.updater = updater;
        this.cores = cores;
        this.flatGradient = Nd4j.zeros(DataType.FLOAT, network.numParams());
        this.gradient = NativeFloats.pointer(flatGradient);
        this.gradientValues = gradient.asBuffer();
    }

    /** A fast step for this spec, or empty when it needs what only DL4J's {@code fit} does (Dropout, L1/L2). */
    static Optional<DenseStep> of(NetworkSpec spec, MultiLayerNetwork network) {
        return of(spec, network, SpareCores.shared());
    }

    /** The same, splitting its big products over the spare cores of {@code cores}. */
    static Optional<DenseStep> of(NetworkSpec spec, MultiLayerNetwork network, SpareCores cores) {
        // Dropout (a layer of its own) and L1/L2 (in the layers' configuration) leave the network without a DenseLayout
        return DenseLayout.of(network).flatMap(layout -> FusedUpdater.of(spec.optimizer().updater(spec.learningRate()), (int) network.numParams())
                .map(updater -> new DenseStep(network, spec, layout, updater, cores)));
    }

    /** Trains on one batch; returns its mean loss (before the update, as DL4J's score) and its metric sum. */
    double[] fit(INDArray features, INDArray labels) {
        int n = (int) features.rows();
        INDArray x = contiguous(features);
        Buffers b = buffers.computeIfAbsent(n, rows -> new Buffers(LayerBuffers.of(rows, layout.units()), LayerBuffers.of(rows, layout.units())));
        int parts = cores.parts();
        int[] inputs = layout.inputs();
        int[] units = layout.units();
        Sgemm.Matrix features0 = new Sgemm.Matrix(NativeFloats.pointer(x), 0, inputs[0]);
        layout.forward(features0, n, b.a(), cores, parts);
        int last = layers - 1;
        INDArray y = contiguous(labels);
        double[] result = DenseKernels.output(b.a().values()[last], NativeFloats.buffer(y), b.delta().values()[last],
                n, units[last], layout.loss(), spec.metric(), gradientValues, layout.biasOffset()[last]);

        for (int l = last; l >= 0; l--) {
            Sgemm.Matrix delta = b.delta().matrices()[l];
            Sgemm.Matrix previous = l == 0 ? features0 : b.a().matrices()[l - 1];
            // dW ('f' order, so row-major [out×in]) = δᵀ·A_prev, split by rows of dW (units)
            int layer = l;
            DenseLayout.split(cores, parts, (long) n * units[l] * inputs[l], units[l], (from, to) -> Sgemm.multiply(delta.shifted(from), true,
                    previous, false, new Sgemm.Matrix(gradient, layout.weightOffset()[layer] + (long) from * inputs[layer], inputs[layer]),
                    to - from, inputs[layer], n));
            if (l > 0) {
                // dA_prev = δ·Wᵀ, then δ_prev = dA_prev ⊙ g'(Z_prev) with its column sums as b's gradient
                Sgemm.multiply(delta, false, layout.weight(l, 0), false, b.delta().matrices()[l - 1], n, inputs[l], units[l]);
                DenseKernels.activationBackward(b.delta().values()[l - 1], b.a().values()[l - 1], n, units[l - 1], layout.activations()[l - 1],
                        gradientValues, layout.biasOffset()[l - 1]);
            }
        }
        updater.begin(iteration++);
        int chunks = updater.chunkCount();
        FloatBuffer paramValues = layout.paramValues();
        cores.split(parts, part -> updater.applyChunks(paramValues, gradientValues, chunks * part / parts, chunks * (part + 1) / parts));
        // a converted copy is reachable only through its raw views: keep it alive until they are done
        Reference.reachabilityFence(x);
        Reference.reachabilityFence(y);
        return result;
    }

    /** Hands the updater's state and iteration count to the network, so it is saved with the model as after {@code fit}. */
    void finish() {
        INDArray view = network.getUpdater().getStateViewArray();
        if (view != null && view.length() == (long) updater.stateArrays() * updater.size) {
            updater.copyStateTo(view);
        }
        network.setIterationCount(iteration);
    }

    static INDArray contiguous(INDArray batch) {
        return batch.dataType() == DataType.FLOAT && batch.ordering() == 'c' && batch.elementWiseStride() == 1
                ? batch : batch.castTo(DataType.FLOAT).dup('c');
    }
}
