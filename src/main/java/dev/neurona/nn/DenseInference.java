package dev.neurona.nn;

import dev.neurona.data.NativeFloats;
import java.lang.ref.Reference;
import java.nio.FloatBuffer;
import java.util.Optional;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Scores a plain Dense stack ({@link DenseLayout}) on a chunk of rows with one forward pass on
 * ND4J's BLAS: its outputs, DL4J's mean loss and a metric sum. DL4J's {@code output} plus
 * {@code score} run the forward pass twice, op by op; on lesson 1.5's 10,000 test rows that was a
 * third of a second at the end of every run, and as much again per epoch for validation.
 */
final class DenseInference {

    private final DenseLayout layout;
    private final SpareCores cores;
    private int rows = -1;
    private LayerBuffers a;
    private INDArray deltaArray;
    private FloatBuffer delta;
    private final INDArray biasGradientArray;
    private final FloatBuffer biasGradient;

    /** A chunk's outputs (the caller's own copy), mean loss as DL4J's {@code score} gives it, and metric sum. */
    record Scored(INDArray outputs, double loss, double metricSum) {
    }

    private DenseInference(DenseLayout layout, SpareCores cores) {
        this.layout = layout;
        this.cores = cores;
        // native like every buffer the kernels see: a heap FloatBuffer arriving at their call sites later
        // made the JIT throw away the compiled training loops of the runs in progress
        this.biasGradientArray = Nd4j.create(DataType.FLOAT, layout.outputs());
        this.biasGradient = NativeFloats.buffer(biasGradientArray);
    }

    /** Scores chunks of rows for a network. */
    interface Scorer {
        Scored score(INDArray features, INDArray labels, Metric metric);
    }

    /** Scores {@code network}'s chunks with one fast forward pass where it allows it, else with DL4J's output and score. */
    static Scorer scorer(MultiLayerNetwork network) {
        Optional<DenseInference> fast = of(network);
        if (fast.isPresent()) {
            return fast.get()::score;
        }
        return (features, labels, metric) -> {
            INDArray outputs = network.output(features, false);
            double loss = network.score(new org.nd4j.linalg.dataset.DataSet(features, labels), false);
            return new Scored(outputs, loss, metric.sum(outputs, labels));
        };
    }

    /** Inference for {@code network}, or empty when it is not a plain Dense stack (then DL4J's own methods score it). */
    static Optional<DenseInference> of(MultiLayerNetwork network) {
        return DenseLayout.of(network).map(layout -> new DenseInference(layout, SpareCores.shared()));
    }

    /** Scores rows: {@code features} [n×inputs] and {@code labels} [n×outputs]. */
    Scored score(INDArray features, INDArray labels, Metric metric) {
        int n = (int) features.rows();
        if (n != rows) {
            allocate(n);
        }
        INDArray x = DenseStep.contiguous(features);
        layout.forward(new Sgemm.Matrix(NativeFloats.pointer(x), 0, layout.inputs()[0]), n, a, cores, cores.parts());
        int last = layout.layers() - 1;
        INDArray y = DenseStep.contiguous(labels);
        double[] lossAndMetric = DenseKernels.output(a.values()[last], NativeFloats.buffer(y), delta, n,
                layout.outputs(), layout.loss(), metric, biasGradient, 0);
        // a converted copy is reachable only through its raw views: keep it alive until they are done
        Reference.reachabilityFence(x);
        Reference.reachabilityFence(y);
        return new Scored(a.arrays()[last].dup(), lossAndMetric[0], lossAndMetric[1]);
    }

    private void allocate(int n) {
        a = LayerBuffers.of(n, layout.units());
        deltaArray = Nd4j.create(DataType.FLOAT, new long[] {n, layout.outputs()}, 'c');
        delta = NativeFloats.buffer(deltaArray);
        rows = n;
    }
}
