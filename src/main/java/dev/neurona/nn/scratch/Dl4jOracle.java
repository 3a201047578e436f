package dev.neurona.nn.scratch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * The trusted library lesson 2.4 checks our backpropagation against: the same network as a DL4J
 * {@link MultiLayerNetwork}, our weights copied in, asked for its loss and gradients.
 *
 * <p>Factors found (and asserted by the tests) with DL4J 1.0.0-M2.1: its score is exactly our MSE;
 * its weight gradients are exactly 2·dW, because it derives (ŷ − y)² where the course uses ŷ − y;
 * its bias gradients are 2·n·db, a sum over the n examples where we take the mean. {@code fit} with
 * SGD then divides by n, so one of its steps is W −= lr·2·dW/n and b −= lr·2·db.
 */
public final class Dl4jOracle {

    /** How far apart, relative to the gradient's largest magnitude, float32 sums of 1000 terms in another order may be. */
    public static final double TOLERANCE = 1e-4;

    private static final String[] DL4J_NAMES = {"0_W", "0_b", "1_W", "1_b", "2_W", "2_b"};
    private static final String[] OUR_NAMES = {"dW1", "db1", "dW2", "db2", "dW3", "db3"};

    private Dl4jOracle() {
    }

    /** Our network's twin: Dense ReLU 2→4, Dense ReLU 4→8, Output sigmoid 8→1 with MSE, our parameters copied. */
    public static MultiLayerNetwork twin(ScratchNetwork ours, double learningRate) {
        MultiLayerNetwork network = new MultiLayerNetwork(new NeuralNetConfiguration.Builder()
                .seed(1)
                .dataType(ours.dataType())
                .updater(new Sgd(learningRate))
                // a one-off network on a pooled request thread: no workspaces left behind on it
                .trainingWorkspaceMode(WorkspaceMode.NONE)
                .inferenceWorkspaceMode(WorkspaceMode.NONE)
                .list()
                .layer(new DenseLayer.Builder().nIn(2).nOut(4).activation(Activation.RELU).build())
                .layer(new DenseLayer.Builder().nIn(4).nOut(8).activation(Activation.RELU).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nIn(8).nOut(1).activation(Activation.SIGMOID).build())
                .build());
        network.init();
        // DL4J stores W as (nIn, nOut) and b as (1, nOut), as we do: copied as they are
        network.setParam("0_W", ours.W1());
        network.setParam("0_b", ours.b1());
        network.setParam("1_W", ours.W2());
        network.setParam("1_b", ours.b2());
        network.setParam("2_W", ours.W3());
        network.setParam("2_b", ours.b3());
        return network;
    }

    /**
     * Compares {@code ours}, the gradients our backward pass computed for {@code network} on X and Y,
     * with DL4J's for the same weights and data, after scaling ours by the factor DL4J's differ by.
     */
    public static GradientCheck check(ScratchNetwork network, Gradients ours, INDArray X, INDArray Y) {
        MultiLayerNetwork dl4j = twin(network, 0.1);
        dl4j.setInput(X);
        dl4j.setLabels(Y);
        dl4j.computeGradientAndScore();
        Map<String, INDArray> theirs = dl4j.gradient().gradientForVariable();
        List<INDArray> mine = List.of(ours.dW1(), ours.db1(), ours.dW2(), ours.db2(), ours.dW3(), ours.db3());
        long n = X.rows();
        List<GradientCheck.Parameter> parameters = new ArrayList<>();
        for (int p = 0; p < DL4J_NAMES.length; p++) {
            boolean bias = p % 2 == 1;
            double factor = bias ? 2.0 * n : 2.0;
            parameters.add(compare(OUR_NAMES[p], DL4J_NAMES[p], mine.get(p), theirs.get(DL4J_NAMES[p]), factor, bias));
        }
        double ourMse = ScratchNetwork.mse(network.predict(X), Y);
        return new GradientCheck(ourMse, dl4j.score(), List.copyOf(parameters));
    }

    private static GradientCheck.Parameter compare(String name, String dl4jName, INDArray ours, INDArray theirs,
            double factor, boolean bias) {
        INDArray a = ours.castTo(DataType.DOUBLE);
        // DL4J keeps some biases (and their gradients) as vectors of shape (m); ours are rows (1, m)
        INDArray b = theirs.castTo(DataType.DOUBLE).reshape(ours.shape());
        double squares = a.mul(a).sumNumber().doubleValue();
        // the least-squares ratio b ≈ r·a: robust where single entries are near zero
        double observed = squares == 0 ? Double.NaN : a.mul(b).sumNumber().doubleValue() / squares;
        double maxDifference = a.mul(factor).sub(b).amaxNumber().doubleValue();
        double scale = Math.max(1e-3, b.amaxNumber().doubleValue());
        return new GradientCheck.Parameter(name, dl4jName, ours.shape(), bias, factor, observed, maxDifference,
                maxDifference / scale);
    }
}
