package dev.neurona.nn;

import dev.neurona.data.NativeFloats;
import java.nio.FloatBuffer;
import java.util.HashMap;
import java.util.List;
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
    private final int layers;
    private final int[] inputs;
    private final int[] units;
    /** Where each layer's W (DL4J's 'f' order, [in×out], read as row-major [out×in]) and b start in the flat arrays. */
    private final int[] weightOffset;
    private final int[] biasOffset;
    private final Activation[] activations;
    private final FloatPointer params;
    private final FloatBuffer paramValues;
    private final INDArray flatGradient;
    private final FloatPointer gradient;
    private final FloatBuffer gradientValues;
    private final FusedUpdater updater;
    private final SpareCores cores;
    private final Map<Integer, Buffers> buffers = new HashMap<>();
    private int iteration;

    /**
     * Per batch size: each layer's activations A and the deltas flowing back into it, with their
     * native views (as BLAS operands and as float buffers) made once, not per batch.
     */
    private record Buffers(INDArray[] a, INDArray[] delta, Sgemm.Matrix[] aMatrix, Sgemm.Matrix[] deltaMatrix,
            FloatBuffer[] aValues, FloatBuffer[] deltaValues) {
    }

    /** Products smaller than this (multiply-adds) are not worth handing half to another core. */
    private static final long SPLIT_WORK = 1L << 22;

    private DenseStep(MultiLayerNetwork network, NetworkSpec spec, FusedUpdater updater, SpareCores cores) {
        this.network = network;
        this.spec = spec;
        this.updater = updater;
        this.cores = cores;
        List<DenseLayerSpec> all = spec.layers();
        this.layers = all.size();
        this.inputs = new int[layers];
        this.units = new int[layers];
        this.weightOffset = new int[layers];
        this.biasOffset = new int[layers];
        this.activations = new Activation[layers];
        int offset = 0;
        for (int l = 0; l < layers; l++) {
            INDArray w = network.getLayer(l).getParam("W");
            inputs[l] = (int) w.rows();
            units[l] = (int) w.columns();
            weightOffset[l] = offset;
            biasOffset[l] = offset + inputs[l] * units[l];
            offset = biasOffset[l] + units[l];
            activations[l] = all.get(l).activation();
        }
        this.params = NativeFloats.pointer(network.params());
        this.paramValues = params.asBuffer();
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
        if (!spec.regularization().isNone() || network.getnLayers() != spec.layers().size()
                || network.params().dataType() != DataType.FLOAT || !sameLayout(network)) {
            return Optional.empty();
        }
        boolean pairedLoss = switch (spec.loss()) {
            case CATEGORICAL_CROSSENTROPY -> spec.output() == Activation.SOFTMAX;
            case BINARY_CROSSENTROPY -> spec.output() == Activation.SIGMOID;
            case MSE -> spec.output() == Activation.LINEAR;
        };
        if (!pairedLoss) {
            return Optional.empty();
        }
        return FusedUpdater.of(spec.optimizer().updater(spec.learningRate()), (int) network.numParams())
                .map(updater -> new DenseStep(network, spec, updater, cores));
    }

    /** Whether the flat parameters are laid out as this step reads them: W ('f' order) then b, layer after layer. */
    private static boolean sameLayout(MultiLayerNetwork network) {
        long offset = 0;
        long base = network.params().data().addressPointer().address();
        for (int l = 0; l < network.getnLayers(); l++) {
            INDArray w = network.getLayer(l).getParam("W");
            INDArray b = network.getLayer(l).getParam("b");
            if (w == null || b == null || w.ordering() != 'f' || w.data().addressPointer().address() != base + 4 * offset
                    || b.data().addressPointer().address() != base + 4 * (offset + w.length())) {
                return false;
            }
            offset += w.length() + b.length();
        }
        return offset == network.numParams() && network.params().elementWiseStride() == 1;
    }

    /** Trains on one batch; returns its mean loss (before the update, as DL4J's score) and its metric sum. */
    double[] fit(INDArray features, INDArray labels, int epoch) {
        int n = (int) features.rows();
        INDArray x = contiguous(features);
        Buffers b = buffers.computeIfAbsent(n, this::allocate);
        int parts = cores.parts();
        Sgemm.Matrix features0 = new Sgemm.Matrix(NativeFloats.pointer(x), 0, inputs[0]);
        for (int l = 0; l < layers; l++) {
            // A = X·W: W's 'f' order is Wᵀ row-major, hence the transposed second operand; split by output columns
            Sgemm.Matrix in = l == 0 ? features0 : b.aMatrix[l - 1];
            Sgemm.Matrix out = b.aMatrix[l];
            int layer = l;
            split(parts, (long) n * units[l] * inputs[l], units[l], (from, to) -> Sgemm.multiply(in, false,
                    weight(layer, from), true, out.shifted(from), n, to - from, inputs[layer]));
            DenseKernels.biasAndActivation(b.aValues[l], n, units[l], paramValues, biasOffset[l], activations[l]);
        }
        int last = layers - 1;
        double[] result = DenseKernels.output(b.aValues[last], NativeFloats.buffer(contiguous(labels)), b.deltaValues[last],
                n, units[last], spec.loss(), spec.metric(), gradientValues, biasOffset[last]);

        for (int l = last; l >= 0; l--) {
            Sgemm.Matrix delta = b.deltaMatrix[l];
            Sgemm.Matrix previous = l == 0 ? features0 : b.aMatrix[l - 1];
            // dW ('f' order, so row-major [out×in]) = δᵀ·A_prev, split by rows of dW (units)
            int layer = l;
            split(parts, (long) n * units[l] * inputs[l], units[l], (from, to) -> Sgemm.multiply(delta.shifted(from), true, previous, false,
                    new Sgemm.Matrix(gradient, weightOffset[layer] + (long) from * inputs[layer], inputs[layer]), to - from, inputs[layer], n));
            if (l > 0) {
                // dA_prev = δ·Wᵀ, then δ_prev = dA_prev ⊙ g'(Z_prev) with its column sums as b's gradient
                Sgemm.multiply(delta, false, weight(l, 0), false, b.deltaMatrix[l - 1], n, inputs[l], units[l]);
                DenseKernels.activationBackward(b.deltaValues[l - 1], b.aValues[l - 1], n, units[l - 1], activations[l - 1],
                        gradientValues, biasOffset[l - 1]);
            }
        }
        updater.begin(iteration++);
        int chunks = updater.chunkCount();
        cores.split(parts, part -> updater.applyChunks(paramValues, gradientValues, chunks * part / parts, chunks * (part + 1) / parts));
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

    /** Layer l's W read as row-major Wᵀ [out×in], from output unit {@code fromUnit} on. */
    private Sgemm.Matrix weight(int l, int fromUnit) {
        return new Sgemm.Matrix(params, weightOffset[l] + (long) fromUnit * inputs[l], inputs[l]);
    }

    /** A range of {@code units} to split a product over. */
    private interface UnitRange {
        void run(int from, int to);
    }

    /**
     * Runs a product over units [0, units) in {@code parts} ranges on spare cores, when it is big enough;
     * each output element is computed by the same code over the same sums either way.
     */
    private void split(int parts, long work, int units, UnitRange product) {
        if (parts <= 1 || work < SPLIT_WORK) {
            product.run(0, units);
            return;
        }
        // ranges on multiples of 16 units, the width of the BLAS kernels' column blocks
        int blocks = (units + 15) / 16;
        cores.split(parts, part -> product.run(Math.min(units, 16 * (blocks * part / parts)), Math.min(units, 16 * (blocks * (part + 1) / parts))));
    }

    private static INDArray contiguous(INDArray batch) {
        return batch.dataType() == DataType.FLOAT && batch.ordering() == 'c' && batch.elementWiseStride() == 1
                ? batch : batch.castTo(DataType.FLOAT).dup('c');
    }

    private Buffers allocate(int n) {
        INDArray[] a = new INDArray[layers];
        INDArray[] delta = new INDArray[layers];
        Sgemm.Matrix[] aMatrix = new Sgemm.Matrix[layers];
        Sgemm.Matrix[] deltaMatrix = new Sgemm.Matrix[layers];
        FloatBuffer[] aValues = new FloatBuffer[layers];
        FloatBuffer[] deltaValues = new FloatBuffer[layers];
        for (int l = 0; l < layers; l++) {
            a[l] = Nd4j.create(DataType.FLOAT, new long[] {n, units[l]}, 'c');
            delta[l] = Nd4j.create(DataType.FLOAT, new long[] {n, units[l]}, 'c');
            aMatrix[l] = new Sgemm.Matrix(NativeFloats.pointer(a[l]), 0, units[l]);
            deltaMatrix[l] = new Sgemm.Matrix(NativeFloats.pointer(delta[l]), 0, units[l]);
            aValues[l] = NativeFloats.buffer(a[l]);
            deltaValues[l] = NativeFloats.buffer(delta[l]);
        }
        return new Buffers(a, delta, aMatrix, deltaMatrix, aValues, deltaValues);
    }
}
