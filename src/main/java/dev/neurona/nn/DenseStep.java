package dev.neurona.nn;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * One training step of a plain stack of Dense layers, written on raw ND4J ops over the DL4J
 * network's own parameter arrays: forward, loss, backward with preallocated buffers, then DL4J's own
 * updater (RMSprop, Adam…) over the flat gradient. DL4J's generic {@code fit} spends about half of a
 * lesson-1.5 batch outside the matrix products; this keeps its numbers (same parameters, same
 * gradients, same updater) without that overhead. Specs with Dropout or L1/L2 keep using {@code fit}.
 */
final class DenseStep {

    private final MultiLayerNetwork network;
    private final NetworkSpec spec;
    private final int layers;
    private final INDArray[] weights;
    private final INDArray[] biases;
    private final INDArray[] weightGradients;
    private final INDArray[] biasGradients;
    private final IActivation[] activations;
    private final INDArray flatGradient;
    private final GradientUpdater<?> updater;
    private final Map<Integer, Buffers> buffers = new HashMap<>();
    private int iteration;

    /** Per batch size: pre-activations Z, activations A and the backward deltas of every layer. */
    private record Buffers(INDArray[] z, INDArray[] a, INDArray[] delta, INDArray[] inputDelta) {
    }

    private DenseStep(MultiLayerNetwork network, NetworkSpec spec) {
        this.network = network;
        this.spec = spec;
        List<DenseLayerSpec> all = spec.layers();
        this.layers = all.size();
        this.weights = new INDArray[layers];
        this.biases = new INDArray[layers];
        this.weightGradients = new INDArray[layers];
        this.biasGradients = new INDArray[layers];
        this.activations = new IActivation[layers];
        // one dimension like network.params(), so the update subtracts in place
        this.flatGradient = Nd4j.zeros(DataType.FLOAT, network.numParams());
        long offset = 0;
        for (int l = 0; l < layers; l++) {
            weights[l] = network.getLayer(l).getParam("W");
            biases[l] = network.getLayer(l).getParam("b");
            long w = weights[l].length();
            long b = biases[l].length();
            // the same layout as DL4J's flattened gradient: W then b, layer after layer
            weightGradients[l] = flatGradient.get(NDArrayIndex.interval(offset, offset + w))
                    .reshape('f', weights[l].rows(), weights[l].columns());
            biasGradients[l] = flatGradient.get(NDArrayIndex.interval(offset + w, offset + w + b)).reshape(1, b);
            offset += w + b;
            activations[l] = all.get(l).activation().dl4j().getActivationFunction();
        }
        org.nd4j.linalg.learning.config.IUpdater config = spec.optimizer().updater(spec.learningRate());
        long stateSize = config.stateSize(network.numParams());
        INDArray state = stateSize > 0 ? Nd4j.zeros(DataType.FLOAT, 1, stateSize) : null;
        this.updater = config.instantiate(state, true);
    }

    /** A fast step for this spec, or empty when it needs what only DL4J's {@code fit} does (Dropout, L1/L2). */
    static Optional<DenseStep> of(NetworkSpec spec, MultiLayerNetwork network) {
        if (!spec.regularization().isNone() || network.getnLayers() != spec.layers().size()) {
            return Optional.empty();
        }
        boolean pairedLoss = switch (spec.loss()) {
            case CATEGORICAL_CROSSENTROPY -> spec.output() == Activation.SOFTMAX;
            case BINARY_CROSSENTROPY -> spec.output() == Activation.SIGMOID;
            case MSE -> spec.output() == Activation.LINEAR;
        };
        return pairedLoss ? Optional.of(new DenseStep(network, spec)) : Optional.empty();
    }

    /** Trains on one batch; returns its mean loss (before the update, as DL4J's score) and its metric sum. */
    double[] fit(INDArray features, INDArray labels, int epoch) {
        int n = (int) features.rows();
        Buffers b = buffers.computeIfAbsent(n, this::allocate);
        INDArray input = features;
        for (int l = 0; l < layers; l++) {
            Nd4j.gemm(input, weights[l], b.z[l], false, false, 1.0, 0.0);
            b.z[l].addiRowVector(biases[l]);
            b.a[l].assign(b.z[l]);
            activations[l].getActivation(b.a[l], true);
            input = b.a[l];
        }
        INDArray out = b.a[layers - 1];
        double loss = loss(out, labels, n);
        double metric = spec.metric().sum(out, labels);

        // the output layer's delta for each loss paired with its activation, averaged over the batch as DL4J does
        INDArray delta = b.delta[layers - 1];
        delta.assign(out).subi(labels);
        delta.muli(spec.loss() == Loss.MSE ? 2.0 / (n * labels.columns()) : 1.0 / n);
        for (int l = layers - 1; l >= 0; l--) {
            INDArray previous = l == 0 ? features : b.a[l - 1];
            Nd4j.gemm(previous, b.delta[l], weightGradients[l], true, false, 1.0, 0.0);
            biasGradients[l].assign(b.delta[l].sum(true, 0));
            if (l > 0) {
                Nd4j.gemm(b.delta[l], weights[l], b.inputDelta[l], false, true, 1.0, 0.0);
                // dZ = dA ⊙ g'(Z): DL4J's own activation derivative, written over Z (no longer needed)
                b.delta[l - 1].assign(activations[l - 1].backprop(b.z[l - 1], b.inputDelta[l]).getFirst());
            }
        }
        updater.applyUpdater(flatGradient, iteration++, epoch);
        network.params().subi(flatGradient);
        return new double[] {loss, metric};
    }

    private double loss(INDArray out, INDArray labels, int n) {
        return switch (spec.loss()) {
            case CATEGORICAL_CROSSENTROPY -> -Transforms.log(out, true).muli(labels).sumNumber().doubleValue() / n;
            case BINARY_CROSSENTROPY -> {
                INDArray clipped = Transforms.min(Transforms.max(out, 1e-7, true), 1 - 1e-7, false);
                INDArray ones = Nd4j.onesLike(labels);
                double sum = Transforms.log(clipped, true).muli(labels).sumNumber().doubleValue()
                        + Transforms.log(ones.sub(clipped), false).muli(ones.subi(labels)).sumNumber().doubleValue();
                yield -sum / n;
            }
            case MSE -> Transforms.pow(out.sub(labels), 2, false).sumNumber().doubleValue() / (n * labels.columns());
        };
    }

    private Buffers allocate(int n) {
        INDArray[] z = new INDArray[layers];
        INDArray[] a = new INDArray[layers];
        INDArray[] delta = new INDArray[layers];
        INDArray[] inputDelta = new INDArray[layers];
        for (int l = 0; l < layers; l++) {
            long units = weights[l].columns();
            z[l] = Nd4j.create(DataType.FLOAT, n, units);
            a[l] = Nd4j.create(DataType.FLOAT, n, units);
            delta[l] = Nd4j.create(DataType.FLOAT, n, units);
            inputDelta[l] = Nd4j.create(DataType.FLOAT, n, weights[l].rows());
        }
        return new Buffers(z, a, delta, inputDelta);
    }
}
