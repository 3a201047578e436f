package dev.neurona.lab;

import dev.neurona.data.TensorDataset;
import dev.neurona.data.Toy2d;
import dev.neurona.nn.scratch.Dl4jOracle;
import dev.neurona.nn.scratch.ForwardPass;
import dev.neurona.nn.scratch.GradientCheck;
import dev.neurona.nn.scratch.Gradients;
import dev.neurona.nn.scratch.ScratchNetwork;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Lessons 2.2–2.4 on the real from-scratch network: the data and the initial parameters, one forward
 * pass, one step of gradient descent. Each answer is computed afresh from the seed (a few
 * milliseconds), so nothing is kept between requests.
 */
@ApplicationScoped
public class ScratchLab {

    /** Points of lesson 2.2's dataset. */
    static final int POINTS = 1000;
    /** Rows of each intermediate result the forward pass shows. */
    static final int ROWS_SHOWN = 5;

    /** The seed's points and fresh parameters (lesson 2.2). */
    public ScratchData data(Map<String, String> values) {
        long seed = ScratchField.SEED.parseInt(values, true);
        ScratchNetwork network = ScratchNetwork.initialize(seed);
        return new ScratchData(seed, ScratchData.Points.of(dataset(seed)), parameters(network), ScratchNetwork.PARAMETERS);
    }

    /** One forward pass of the seed's fresh network over its 1000 points (lesson 2.3). */
    public ForwardReport forward(Map<String, String> values) {
        long seed = ScratchField.SEED.parseInt(values, true);
        TensorDataset data = dataset(seed);
        ScratchNetwork network = ScratchNetwork.initialize(seed);
        INDArray X = data.features();
        ForwardPass pass = network.forward(X);
        List<ForwardReport.Layer> layers = List.of(
                layer(1, "relu", network.W1(), network.b1(), pass.Z1(), pass.A1()),
                layer(2, "relu", network.W2(), network.b2(), pass.Z2(), pass.A2()),
                layer(3, "sigmoid", network.W3(), network.b3(), pass.Z3(), pass.A3()));
        INDArray A3 = pass.A3();
        return new ForwardReport(seed, X.shape(), Matrix.head("X", X, ROWS_SHOWN), layers,
                A3.meanNumber().doubleValue(), A3.minNumber().doubleValue(), A3.maxNumber().doubleValue(),
                ScratchNetwork.mse(A3, data.labels()));
    }

    /** Backward pass and one update of the seed's fresh network, checked against DL4J (lesson 2.4). */
    public StepReport step(Map<String, String> values) {
        long seed = ScratchField.SEED.parseInt(values, true);
        double learningRate = ScratchField.LEARNING_RATE.parse(values, true);
        TensorDataset data = dataset(seed);
        INDArray X = data.features();
        INDArray Y = data.labels();
        ScratchNetwork network = ScratchNetwork.initialize(seed);
        List<Matrix> before = parameters(network);
        ForwardPass pass = network.forward(X);
        double mseBefore = ScratchNetwork.mse(pass.A3(), Y);
        Gradients g = network.backward(pass, X, Y);
        // checked before the step: DL4J must see the weights the gradients were computed for
        GradientCheck check = Dl4jOracle.check(network, g, X, Y);
        network.step(g, learningRate);
        double mseAfter = ScratchNetwork.mse(network.predict(X), Y);
        List<Matrix> gradients = List.of(Matrix.of("dW1", g.dW1()), Matrix.of("db1", g.db1()), Matrix.of("dW2", g.dW2()),
                Matrix.of("db2", g.db2()), Matrix.of("dW3", g.dW3()), Matrix.of("db3", g.db3()));
        return new StepReport(seed, learningRate, mseBefore, mseAfter, before, gradients, parameters(network), check);
    }

    /** Lesson 2.2's make_gaussian_quantiles: 1000 points, no noise. */
    static TensorDataset dataset(long seed) {
        return Toy2d.gaussianQuantiles(POINTS, 0, seed);
    }

    static List<Matrix> parameters(ScratchNetwork network) {
        return List.of(Matrix.of("W1", network.W1()), Matrix.of("b1", network.b1()), Matrix.of("W2", network.W2()),
                Matrix.of("b2", network.b2()), Matrix.of("W3", network.W3()), Matrix.of("b3", network.b3()));
    }

    private static ForwardReport.Layer layer(int index, String activation, INDArray W, INDArray b, INDArray Z, INDArray A) {
        return new ForwardReport.Layer(index, activation, Matrix.of("W" + index, W), Matrix.of("b" + index, b),
                Z.shape(), Matrix.head("Z" + index, Z, ROWS_SHOWN), A.shape(), Matrix.head("A" + index, A, ROWS_SHOWN));
    }
}
