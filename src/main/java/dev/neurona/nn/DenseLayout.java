package dev.neurona.nn;

import dev.neurona.data.NativeFloats;
import java.nio.FloatBuffer;
import java.util.Optional;
import org.bytedeco.javacpp.FloatPointer;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.lossfunctions.ILossFunction;
import org.nd4j.linalg.lossfunctions.impl.LossBinaryXENT;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;
import org.nd4j.linalg.lossfunctions.impl.LossMSE;

/**
 * A plain stack of Dense layers as the network's configuration and flat parameter array hold it:
 * each layer's sizes, activation, and where its W ('f' order, [in×out], read as row-major [out×in])
 * and b start; and its forward pass on ND4J's BLAS with the element-wise part fused. Only networks
 * this reads exactly (no Dropout or weight noise at training, no L1/L2 in the loss, DL4J's default
 * activations and a loss paired with the output's activation) have one.
 */
record DenseLayout(int[] inputs, int[] units, int[] weightOffset, int[] biasOffset, Activation[] activations, Loss loss,
        FloatPointer params, FloatBuffer paramValues) {

    /** Products smaller than this (multiply-adds) are not worth handing half to another core. */
    private static final long SPLIT_WORK = 1L << 22;

    /** The layout of {@code network}, or empty when it is not a plain Dense stack read the same way. */
    static Optional<DenseLayout> of(MultiLayerNetwork network) {
        int layers = network.getnLayers();
        if (layers == 0 || network.params().dataType() != DataType.FLOAT || !sameLayout(network)) {
            return Optional.empty();
        }
        int[] inputs = new int[layers];
        int[] units = new int[layers];
        int[] weightOffset = new int[layers];
        int[] biasOffset = new int[layers];
        Activation[] activations = new Activation[layers];
        int offset = 0;
        for (int l = 0; l < layers; l++) {
            Layer conf = network.getLayerWiseConfigurations().getConf(l).getLayer();
            boolean last = l == layers - 1;
            if (!(last ? conf.getClass() == OutputLayer.class : conf.getClass() == DenseLayer.class)
                    || network.getLayerWiseConfigurations().getInputPreProcess(l) != null || !plain((BaseLayer) conf)) {
                return Optional.empty();
            }
            Optional<Activation> activation = activation((BaseLayer) conf);
            if (activation.isEmpty()) {
                return Optional.empty();
            }
            INDArray w = network.getLayer(l).getParam("W");
            inputs[l] = (int) w.rows();
            units[l] = (int) w.columns();
            weightOffset[l] = offset;
            biasOffset[l] = offset + inputs[l] * units[l];
            offset = biasOffset[l] + units[l];
            activations[l] = activation.get();
        }
        Optional<Loss> loss = loss(((OutputLayer) network.getLayerWiseConfigurations().getConf(layers - 1).getLayer()).getLossFn(),
                activations[layers - 1]);
        FloatPointer params = NativeFloats.pointer(network.params());
        return loss.map(l -> new DenseLayout(inputs, units, weightOffset, biasOffset, activations, l, params, params.asBuffer()));
    }

    private static boolean plain(BaseLayer conf) {
        boolean bias = conf instanceof DenseLayer dense ? dense.hasBias() : ((OutputLayer) conf).hasBias();
        return conf.getIDropout() == null && conf.getWeightNoise() == null && bias
                && (conf.getRegularization() == null || conf.getRegularization().isEmpty())
                && (conf.getRegularizationBias() == null || conf.getRegularizationBias().isEmpty())
                && !(conf instanceof DenseLayer dense && dense.hasLayerNorm());
    }

    private static Optional<Activation> activation(BaseLayer conf) {
        for (Activation a : Activation.values()) {
            if (a.dl4j().getActivationFunction().equals(conf.getActivationFn())) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** The loss when it is DL4J's default of its kind (no weights, default clipping) and paired with the output's activation. */
    private static Optional<Loss> loss(ILossFunction function, Activation output) {
        if (function.equals(new LossMCXENT()) && output == Activation.SOFTMAX) {
            return Optional.of(Loss.CATEGORICAL_CROSSENTROPY);
        }
        if (function.equals(new LossBinaryXENT()) && output == Activation.SIGMOID) {
            return Optional.of(Loss.BINARY_CROSSENTROPY);
        }
        if (function.equals(new LossMSE()) && output == Activation.LINEAR) {
            return Optional.of(Loss.MSE);
        }
        return Optional.empty();
    }

    /** Whether the flat parameters are laid out as this reads them: W ('f' order) then b, layer after layer. */
    private static boolean sameLayout(MultiLayerNetwork network) {
        long offset = 0;
        if (network.params().elementWiseStride() != 1) {
            return false;
        }
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
        return offset == network.numParams();
    }

    int layers() {
        return units.length;
    }

    int outputs() {
        return units[units.length - 1];
    }

    /** Layer l's W read as row-major Wᵀ [out×in], from output unit {@code fromUnit} on. */
    Sgemm.Matrix weight(int l, int fromUnit) {
        return new Sgemm.Matrix(params, weightOffset[l] + (long) fromUnit * inputs[l], inputs[l]);
    }

    /**
     * The forward pass of {@code n} rows of {@code input}: layer l's activations into layer l of
     * {@code out}, its big products split in {@code parts} over {@code cores}.
     */
    void forward(Sgemm.Matrix input, int n, LayerBuffers out, SpareCores cores, int parts) {
        for (int l = 0; l < layers(); l++) {
            // A = X·W: W's 'f' order is Wᵀ row-major, hence the transposed second operand; split by output columns
            Sgemm.Matrix in = l == 0 ? input : out.matrices()[l - 1];
            Sgemm.Matrix a = out.matrices()[l];
            int layer = l;
            split(cores, parts, (long) n * units[l] * inputs[l], units[l], (from, to) -> Sgemm.multiply(in, false,
                    weight(layer, from), true, a.shifted(from), n, to - from, inputs[layer]));
            DenseKernels.biasAndActivation(out.values()[l], n, units[l], paramValues, biasOffset[l], activations[l]);
        }
    }

    /** A range of units to split a product over. */
    interface UnitRange {
        void run(int from, int to);
    }

    /**
     * Runs a product over units [0, units) in {@code parts} ranges on spare cores, when it is big enough;
     * each output element is computed by the same code over the same sums either way.
     */
    static void split(SpareCores cores, int parts, long work, int units, UnitRange product) {
        if (parts <= 1 || work < SPLIT_WORK) {
            product.run(0, units);
            return;
        }
        // ranges on multiples of 16 units, the width of the BLAS kernels' column blocks
        int blocks = (units + 15) / 16;
        cores.split(parts, part -> product.run(Math.min(units, 16 * (blocks * part / parts)), Math.min(units, 16 * (blocks * (part + 1) / parts))));
    }
}
