package dev.neurona.nn.scratch;

import dev.neurona.nn.DecisionGrid;
import static dev.neurona.nn.scratch.ScratchFunctions.msePrime;
import static dev.neurona.nn.scratch.ScratchFunctions.relu;
import static dev.neurona.nn.scratch.ScratchFunctions.reluPrime;
import static dev.neurona.nn.scratch.ScratchFunctions.sigmoid;
import static dev.neurona.nn.scratch.ScratchFunctions.sigmoidPrime;

import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Module 2's network written by hand on ND4J arrays: layers [2, 4, 8, 1], ReLU → ReLU → sigmoid,
 * trained with the course's MSE derivative and plain gradient descent. The code follows lessons
 * 2.2–2.5 line by line, with their names (W1, b1, Z1, A1, dZ3, dW3…).
 *
 * <p>The parameters are mutable and updated in place by {@link #step}; one network belongs to one
 * thread at a time.
 */
public final class ScratchNetwork {

    /** Neurons per layer: 2 inputs, 4 and 8 ReLU neurons, 1 sigmoid output. */
    public static final int[] LAYERS = {2, 4, 8, 1};
    /** 2·4 + 4 + 4·8 + 8 + 8·1 + 1. */
    public static final int PARAMETERS = 61;

    static final String GRID_WORKSPACE = "neurona-scratch-grid";

    private final INDArray W1;
    private final INDArray b1;
    private final INDArray W2;
    private final INDArray b2;
    private final INDArray W3;
    private final INDArray b3;

    private ScratchNetwork(INDArray W1, INDArray b1, INDArray W2, INDArray b2, INDArray W3, INDArray b3) {
        this.W1 = W1;
        this.b1 = b1;
        this.W2 = W2;
        this.b2 = b2;
        this.W3 = W3;
        this.b3 = b3;
    }

    /**
     * Weights and biases drawn uniformly from [−1, 1) with {@code seed}, in float32 (lesson 2.2). The
     * draw uses its own {@link Random}, not ND4J's global generator, so that two learners training at
     * the same time with the same seed get the same network.
     */
    public static ScratchNetwork initialize(long seed) {
        Random random = new Random(seed);
        return new ScratchNetwork(
                uniform(random, LAYERS[0], LAYERS[1]), uniform(random, 1, LAYERS[1]),
                uniform(random, LAYERS[1], LAYERS[2]), uniform(random, 1, LAYERS[2]),
                uniform(random, LAYERS[2], LAYERS[3]), uniform(random, 1, LAYERS[3]));
    }

    /** A network with the given parameters (copied), e.g. to compare it with another implementation. */
    public static ScratchNetwork of(INDArray W1, INDArray b1, INDArray W2, INDArray b2, INDArray W3, INDArray b3) {
        checkShape("W1", W1, LAYERS[0], LAYERS[1]);
        checkShape("b1", b1, 1, LAYERS[1]);
        checkShape("W2", W2, LAYERS[1], LAYERS[2]);
        checkShape("b2", b2, 1, LAYERS[2]);
        checkShape("W3", W3, LAYERS[2], LAYERS[3]);
        checkShape("b3", b3, 1, LAYERS[3]);
        return new ScratchNetwork(W1.dup(), b1.dup(), W2.dup(), b2.dup(), W3.dup(), b3.dup());
    }

    /** The same parameters in another precision (float64 makes finite-difference checks exact enough). */
    public ScratchNetwork withDataType(DataType type) {
        return new ScratchNetwork(W1.castTo(type).dup(), b1.castTo(type).dup(), W2.castTo(type).dup(),
                b2.castTo(type).dup(), W3.castTo(type).dup(), b3.castTo(type).dup());
    }

    /** Z = A·W + b, A = g(Z), layer after layer, for every row of X at once (lesson 2.3). */
    public ForwardPass forward(INDArray X) {
        // addiRowVector adds b to every row of the product in place: the product is a new array
        // anyway, and one op fewer matters when a training makes 20,000 passes
        INDArray Z1 = X.mmul(W1).addiRowVector(b1);    // (n, 2) · (2, 4) + (1, 4) → (n, 4)
        INDArray A1 = relu(Z1);
        INDArray Z2 = A1.mmul(W2).addiRowVector(b2);   // (n, 4) · (4, 8) + (1, 8) → (n, 8)
        INDArray A2 = relu(Z2);
        INDArray Z3 = A2.mmul(W3).addiRowVector(b3);   // (n, 8) · (8, 1) + (1, 1) → (n, 1)
        INDArray A3 = sigmoid(Z3);
        return new ForwardPass(Z1, A1, Z2, A2, Z3, A3);
    }

    /** The MSE of the predictions A3 against the labels Y. */
    public static double mse(INDArray A3, INDArray Y) {
        return ScratchFunctions.mse(Y, A3);
    }

    /**
     * Backpropagation (lesson 2.4), from the output back to the input. Uses the parameters the
     * forward pass used, so call it before {@link #step}. Nothing it receives is modified.
     */
    public Gradients backward(ForwardPass pass, INDArray X, INDArray Y) {
        // muli (⊙ in place) only ever writes into the array just computed on the same line
        INDArray dZ3 = msePrime(Y, pass.A3()).muli(sigmoidPrime(pass.Z3()));         // (n, 1), σ′ at Z3
        INDArray dW3 = pass.A2().transpose().mmul(dZ3);                               // (8, 1)
        INDArray dZ2 = dZ3.mmul(W3.transpose()).muli(reluPrime(pass.Z2()));          // (n, 8)
        INDArray dW2 = pass.A1().transpose().mmul(dZ2);                               // (4, 8)
        INDArray dZ1 = dZ2.mmul(W2.transpose()).muli(reluPrime(pass.Z1()));          // (n, 4)
        INDArray dW1 = X.transpose().mmul(dZ1);                                       // (2, 4)
        // the bias's gradient is dZ itself, one value per example: averaged over the examples (axis 0)
        return new Gradients(dW1, dZ1.mean(true, 0), dW2, dZ2.mean(true, 0), dW3, dZ3.mean(true, 0));
    }

    /** One step of gradient descent: W −= lr·dW and b −= lr·db, in place. */
    public void step(Gradients g, double lr) {
        W1.subi(g.dW1().mul(lr));
        b1.subi(g.db1().mul(lr));
        W2.subi(g.dW2().mul(lr));
        b2.subi(g.db2().mul(lr));
        W3.subi(g.dW3().mul(lr));
        b3.subi(g.db3().mul(lr));
    }

    /** The network's output A3 for each row of X: the probability of class 1, shape (n, 1). */
    public INDArray predict(INDArray X) {
        return forward(X).A3();
    }

    /**
     * Classifies a {@code resolution}×{@code resolution} grid over [−range, range]² (lesson 2.5 uses
     * 50 points per axis over [−1, 1]²) in one forward pass. Runs in a workspace, since a live
     * decision map asks for one every few hundred iterations.
     */
    public DecisionGrid decisionGrid(int resolution, double range) {
        if (resolution < 2 || resolution > 1000 || !(range > 0)) {
            throw new IllegalArgumentException("need 2 ≤ resolution ≤ 1000 and range > 0");
        }
        int points = resolution * resolution;
        DecisionGrid empty = new DecisionGrid(resolution, range, new float[points]);
        double[] grid = new double[2 * points];
        for (int i = 0; i < resolution; i++) {
            for (int j = 0; j < resolution; j++) {
                grid[2 * (i * resolution + j)] = empty.coordinate(j);        // x1
                grid[2 * (i * resolution + j) + 1] = empty.coordinate(i);    // x2
            }
        }
        float[] probabilities;
        try (MemoryWorkspace ignored = ScratchWorkspace.open(GRID_WORKSPACE)) {
            INDArray X = Nd4j.create(grid, new long[] {points, 2}, W1.dataType());
            // copied out to a Java array while the workspace is still open
            probabilities = predict(X).castTo(DataType.FLOAT).reshape(points).toFloatVector();
        }
        return new DecisionGrid(resolution, range, probabilities);
    }

    /** A copy of W1, shape (2, 4). Likewise for the other parameters. */
    public INDArray W1() {
        return W1.dup();
    }

    public INDArray b1() {
        return b1.dup();
    }

    public INDArray W2() {
        return W2.dup();
    }

    public INDArray b2() {
        return b2.dup();
    }

    public INDArray W3() {
        return W3.dup();
    }

    public INDArray b3() {
        return b3.dup();
    }

    public DataType dataType() {
        return W1.dataType();
    }

    private static INDArray uniform(Random random, int rows, int columns) {
        float[] values = new float[rows * columns];
        for (int i = 0; i < values.length; i++) {
            // uniform in [0, 1) → ·2 − 1 → uniform in [−1, 1)
            values[i] = random.nextFloat() * 2 - 1;
        }
        return Nd4j.create(values, new long[] {rows, columns}, DataType.FLOAT);
    }

    private static void checkShape(String name, INDArray array, long rows, long columns) {
        if (array.rank() != 2 || array.rows() != rows || array.columns() != columns) {
            throw new IllegalArgumentException(name + " must have shape (" + rows + ", " + columns + ")");
        }
    }
}
