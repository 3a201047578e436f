package dev.neurona.nn.scratch;

import dev.neurona.nn.DecisionGrid;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.data.TensorDataset;
import dev.neurona.data.Toy2d;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bytedeco.javacpp.Pointer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Module 2's hand-written network: shapes, the untrained output, gradients checked against DL4J and
 * against finite differences, and the training of lesson 2.5.
 */
class ScratchNetworkTest {

    /** The lesson's dataset: make_gaussian_quantiles, 1000 points, cov 0.1, seed 42. */
    private static final TensorDataset DATA = Toy2d.gaussianQuantiles(1000, 0, 42);
    private static final INDArray X = DATA.features();
    private static final INDArray Y = DATA.labels();
    /**
     * A seed whose network trains well on DATA with lr 0.001 (MSE 0.253 → ≈0.024 in 20k iterations).
     * Not every seed does, as lesson 2.5 warns: of seeds 1–6, seed 1 stalls at 0.15 and seed 4 at
     * 0.08 (dead ReLU neurons); seeds 2, 3, 5 and 6 end between 0.010 and 0.024.
     */
    private static final long SEED = 3;

    @Test
    void shapesLayerByLayerAreThoseOfLesson23() {
        ScratchNetwork network = ScratchNetwork.initialize(SEED);
        assertArrayEquals(new long[] {2, 4}, network.W1().shape());
        assertArrayEquals(new long[] {1, 4}, network.b1().shape());
        assertArrayEquals(new long[] {4, 8}, network.W2().shape());
        assertArrayEquals(new long[] {1, 8}, network.b2().shape());
        assertArrayEquals(new long[] {8, 1}, network.W3().shape());
        assertArrayEquals(new long[] {1, 1}, network.b3().shape());
        long parameters = network.W1().length() + network.b1().length() + network.W2().length()
                + network.b2().length() + network.W3().length() + network.b3().length();
        assertEquals(ScratchNetwork.PARAMETERS, parameters);
        assertEquals(DataType.FLOAT, network.dataType());

        Map<String, long[]> shapes = network.forward(X).shapes();
        assertEquals(List.of("Z1", "A1", "Z2", "A2", "Z3", "A3"), List.copyOf(shapes.keySet()));
        assertArrayEquals(new long[] {1000, 4}, shapes.get("Z1"));
        assertArrayEquals(new long[] {1000, 4}, shapes.get("A1"));
        assertArrayEquals(new long[] {1000, 8}, shapes.get("Z2"));
        assertArrayEquals(new long[] {1000, 8}, shapes.get("A2"));
        assertArrayEquals(new long[] {1000, 1}, shapes.get("Z3"));
        assertArrayEquals(new long[] {1000, 1}, shapes.get("A3"));
    }

    @Test
    void parametersAreUniformInMinusOneToOneAndSeeded() {
        INDArray w = ScratchNetwork.initialize(SEED).W2();
        assertTrue(w.minNumber().doubleValue() >= -1 && w.maxNumber().doubleValue() < 1);
        assertTrue(w.minNumber().doubleValue() < -0.3 && w.maxNumber().doubleValue() > 0.3, "spread over the interval: " + w);
        assertEquals(w, ScratchNetwork.initialize(SEED).W2());
        assertFalse(w.equals(ScratchNetwork.initialize(SEED + 1).W2()));
    }

    @Test
    void anUntrainedNetworkAnswersAroundOneHalf() {
        // lesson 2.3: similar outputs in the middle of the sigmoid, MSE near 0.25; with some draws they
        // drift towards 0.2 or 0.8 (seed 7: 0.91), so the bounds are loose
        int nearHalf = 0;
        StringBuilder seen = new StringBuilder();
        for (long seed = 1; seed <= 8; seed++) {
            INDArray A3 = ScratchNetwork.initialize(seed).predict(X);
            double mean = A3.meanNumber().doubleValue();
            double mse = ScratchNetwork.mse(A3, Y);
            seen.append(String.format(" seed %d: %.3f (MSE %.3f)", seed, mean, mse));
            assertTrue(mean > 0.05 && mean < 0.95 && mse < 0.5, "not saturated:" + seen);
            nearHalf += Math.abs(mean - 0.5) < 0.25 ? 1 : 0;
        }
        assertTrue(nearHalf >= 6, "most seeds answer between 0.25 and 0.75:" + seen);
        INDArray A3 = ScratchNetwork.initialize(SEED).predict(X);
        assertEquals(0.5, A3.meanNumber().doubleValue(), 0.1);
        assertTrue(A3.stdNumber().doubleValue() < 0.1, "and nearly the same for every point");
        assertEquals(0.25, ScratchNetwork.mse(A3, Y), 0.02);
    }

    @Test
    void theFunctionsGiveTheLessonsValuesAndLeaveTheirArgumentAlone() {
        INDArray z = Nd4j.createFromArray(new float[] {-1f, 0f, 2f});
        INDArray copy = z.dup();
        assertArrayEquals(new float[] {0.2689f, 0.5f, 0.8808f}, ScratchFunctions.sigmoid(z).toFloatVector(), 1e-4f);
        assertArrayEquals(new float[] {0.1966f, 0.25f, 0.1050f}, ScratchFunctions.sigmoidPrime(z).toFloatVector(), 1e-4f);
        assertEquals(Nd4j.createFromArray(new float[] {0f, 0f, 2f}), ScratchFunctions.relu(z));
        assertEquals(Nd4j.createFromArray(new float[] {0f, 0f, 1f}), ScratchFunctions.reluPrime(z), "relu′(0) = 0");
        assertEquals(copy, z, "no function writes into its argument");
        // σ′ is taken at z; σ′ of the output σ(z) is another number (lesson 2.4, first mistake)
        assertFalse(ScratchFunctions.sigmoidPrime(z).equalsWithEps(ScratchFunctions.sigmoidPrime(ScratchFunctions.sigmoid(z)), 1e-3));
        // lesson 1.9's worked example
        INDArray y = Nd4j.createFromArray(new float[] {0, 0, 1, 1});
        INDArray yHat = Nd4j.createFromArray(new float[] {0.9f, 0.5f, 0.2f, 0f});
        assertEquals(0.675, ScratchFunctions.mse(y, yHat), 1e-6);
    }

    /**
     * The oracle ({@link Dl4jOracle#twin}): the same network as a DL4J {@link MultiLayerNetwork} with
     * our weights copied in. Factors found (and asserted) with DL4J 1.0.0-M2.1:
     * <ul>
     * <li>its score is exactly our MSE, mean of (ŷ − y)² (LossMSE averages over the single output and the batch);
     * <li>its weight gradients are exactly 2·dW: it derives (ŷ − y)², we use ŷ − y (the ½ of lesson 2.4);
     * <li>its bias gradients are 2·n·db: a SUM over the n examples where we take the mean;
     * <li>{@code fit} with SGD then divides by the batch size n: W −= lr·(2·dW)/n, b −= lr·(2·n·db)/n = lr·2·db.
     * </ul>
     */
    @Test
    void gradientsAgreeWithDl4jUpToItsScaling() {
        ScratchNetwork ours = ScratchNetwork.initialize(SEED);
        double lr = 0.1;
        int n = (int) X.rows();
        MultiLayerNetwork dl4j = Dl4jOracle.twin(ours, lr);
        dl4j.setInput(X);
        dl4j.setLabels(Y);
        dl4j.computeGradientAndScore();
        Map<String, INDArray> theirs = dl4j.gradient().gradientForVariable();

        ForwardPass pass = ours.forward(X);
        Gradients g = ours.backward(pass, X, Y);
        assertEquals(ScratchNetwork.mse(pass.A3(), Y), dl4j.score(), 1e-6, "the same MSE");
        assertClose(g.dW1().mul(2), theirs.get("0_W"), "0_W = 2·dW1");
        assertClose(g.dW2().mul(2), theirs.get("1_W"), "1_W = 2·dW2");
        assertClose(g.dW3().mul(2), theirs.get("2_W"), "2_W = 2·dW3");
        assertClose(g.db1().mul(2 * n), row(theirs.get("0_b")), "0_b = 2·n·db1");
        assertClose(g.db2().mul(2 * n), row(theirs.get("1_b")), "1_b = 2·n·db2");
        assertClose(g.db3().mul(2 * n), row(theirs.get("2_b")), "2_b = 2·n·db3");

        // one SGD step of DL4J divides its gradient by n before subtracting lr times it
        dl4j.fit(X, Y);
        assertClose(ours.W1().sub(g.dW1().mul(2 * lr / n)), dl4j.getParam("0_W"), "W1 after fit");
        assertClose(ours.W3().sub(g.dW3().mul(2 * lr / n)), dl4j.getParam("2_W"), "W3 after fit");
        assertClose(ours.b2().sub(g.db2().mul(2 * lr)), row(dl4j.getParam("1_b")), "b2 after fit");
        assertClose(ours.b3().sub(g.db3().mul(2 * lr)), row(dl4j.getParam("2_b")), "b3 after fit");
    }

    /**
     * Our gradients against the slope of the loss itself, (L(θ + ε) − L(θ − ε)) / 2ε for each of the 61
     * parameters, in float64 on 8 points. With the derivative ŷ − y, dW is the gradient of
     * L = ½·Σ(ŷ − y)² (lesson 2.4), and db, a mean over the examples, is that gradient divided by n.
     */
    @Test
    void gradientsAgreeWithFiniteDifferences() {
        TensorDataset tiny = Toy2d.gaussianQuantiles(8, 0, 5);
        INDArray x = tiny.features().castTo(DataType.DOUBLE);
        INDArray y = tiny.labels().castTo(DataType.DOUBLE);
        ScratchNetwork network = ScratchNetwork.initialize(SEED).withDataType(DataType.DOUBLE);
        Gradients g = network.backward(network.forward(x), x, y);
        int n = (int) x.rows();
        double eps = 1e-6;
        List<String> checked = new ArrayList<>();
        for (int p = 0; p < 6; p++) {
            final int which = p;
            INDArray analytic = List.of(g.dW1(), g.db1(), g.dW2(), g.db2(), g.dW3(), g.db3()).get(p);
            double scale = p % 2 == 1 ? 1.0 / n : 1.0;   // biases: mean, not sum
            for (int i = 0; i < analytic.length(); i++) {
                final int index = i;
                double up = halfSquaredError(perturbed(network, which, index, eps), x, y);
                double down = halfSquaredError(perturbed(network, which, index, -eps), x, y);
                double numeric = (up - down) / (2 * eps) * scale;
                double ours = analytic.getDouble(i);
                assertEquals(numeric, ours, 1e-7 + 1e-5 * Math.abs(numeric), "parameter " + p + "[" + i + "]");
                checked.add(p + "/" + i);
            }
        }
        assertEquals(ScratchNetwork.PARAMETERS, checked.size());

        // the original course's mistake, σ′ taken at A3 instead of Z3, fails this check
        ForwardPass pass = network.forward(x);
        INDArray wrongDZ3 = pass.A3().sub(y).mul(ScratchFunctions.sigmoidPrime(pass.A3()));
        INDArray wrongDW3 = pass.A2().transpose().mmul(wrongDZ3);
        assertFalse(wrongDW3.equalsWithEps(g.dW3(), 1e-4), "σ′(A3) gives other gradients");
    }

    @Test
    void backwardLeavesTheForwardPassIntact() {
        ScratchNetwork network = ScratchNetwork.initialize(SEED);
        ForwardPass pass = network.forward(X);
        INDArray Z1 = pass.Z1().dup();
        INDArray A1 = pass.A1().dup();
        INDArray Z2 = pass.Z2().dup();
        INDArray Z3 = pass.Z3().dup();
        INDArray A3 = pass.A3().dup();
        network.backward(pass, X, Y);
        assertEquals(Z1, pass.Z1());
        assertEquals(A1, pass.A1(), "relu′ did not overwrite anything (lesson 2.4, third mistake)");
        assertEquals(Z2, pass.Z2());
        assertEquals(Z3, pass.Z3());
        assertEquals(A3, pass.A3());
    }

    @Test
    void oneStepMovesEachParameterAgainstItsGradientAndLowersTheError() {
        ScratchNetwork network = ScratchNetwork.initialize(SEED);
        INDArray W2 = network.W2();
        INDArray b3 = network.b3();
        ForwardPass pass = network.forward(X);
        double before = ScratchNetwork.mse(pass.A3(), Y);
        Gradients g = network.backward(pass, X, Y);
        network.step(g, 0.001);
        assertClose(W2.sub(g.dW2().mul(0.001)), network.W2(), "W2 −= lr·dW2");
        assertClose(b3.sub(g.db3().mul(0.001)), network.b3(), "b3 −= lr·mean(dZ3)");
        double after = ScratchNetwork.mse(network.predict(X), Y);
        assertTrue(after < before, before + " → " + after);
    }

    @Test
    void theDecisionGridClassifiesEachPointOfTheSquare() {
        ScratchNetwork network = ScratchNetwork.initialize(SEED);
        DecisionGrid grid = network.decisionGrid(50, 1.0);
        assertEquals(2500, grid.probabilities().length);
        assertEquals(-1.0, grid.coordinate(0), 1e-12);
        assertEquals(1.0, grid.coordinate(49), 1e-12);
        // row 10 is x2 = coordinate(10), column 30 is x1 = coordinate(30)
        INDArray point = Nd4j.createFromArray(new float[][] {{(float) grid.coordinate(30), (float) grid.coordinate(10)}});
        double expected = network.predict(point).getDouble(0, 0);
        assertEquals(expected, grid.probability(10, 30), 1e-6);
        assertEquals(expected >= 0.5 ? 1 : 0, grid.classAt(10, 30));
    }

    @Test
    void theTrainerStopsWhenAsked() {
        List<Integer> reported = new ArrayList<>();
        ScratchObserver observer = new ScratchObserver() {
            @Override
            public void onProgress(int iteration, double mse) {
                reported.add(iteration);
            }

            @Override
            public boolean stopRequested() {
                return reported.size() >= 3;
            }
        };
        ScratchOutcome outcome = new ScratchTrainer(0.001, 10_000, 10).train(ScratchNetwork.initialize(SEED), X, Y, observer);
        assertTrue(outcome.stopped());
        assertEquals(21, outcome.iterations(), "reports at 0, 10, 20; stopped before the 22nd update");
        assertEquals(List.of(0, 10, 20, 21), reported, "the last report is the state it stopped in");
        assertFalse(Nd4j.getWorkspaceManager().checkIfWorkspaceExists(ScratchTrainer.STEP_WORKSPACE),
                "a pooled worker thread keeps no workspace after a run");
    }

    /** What the widget of lesson 2.4 shows: the oracle's comparison agrees, with the factors 2 and 2·n. */
    @Test
    void theOraclesCheckFindsOurGradientsMatchingAndAWrongOneNot() {
        ScratchNetwork network = ScratchNetwork.initialize(SEED);
        ForwardPass pass = network.forward(X);
        Gradients g = network.backward(pass, X, Y);
        GradientCheck check = Dl4jOracle.check(network, g, X, Y);
        assertTrue(check.matches(), check.toString());
        assertEquals(ScratchNetwork.mse(pass.A3(), Y), check.dl4jMse(), 1e-6);
        assertEquals(List.of("dW1", "db1", "dW2", "db2", "dW3", "db3"), check.parameters().stream().map(GradientCheck.Parameter::name).toList());
        for (GradientCheck.Parameter p : check.parameters()) {
            double factor = p.bias() ? 2.0 * X.rows() : 2.0;
            assertEquals(factor, p.expectedFactor());
            assertEquals(factor, p.observedFactor(), factor * 1e-4, p.name());
        }
        assertArrayEquals(new long[] {4, 8}, check.parameters().get(2).shape());

        // the original course's mistake (σ′ at A3) is caught
        INDArray wrongDZ3 = pass.A3().sub(Y).mul(ScratchFunctions.sigmoidPrime(pass.A3()));
        Gradients wrong = new Gradients(g.dW1(), g.db1(), g.dW2(), g.db2(), pass.A2().transpose().mmul(wrongDZ3), wrongDZ3.mean(true, 0));
        GradientCheck caught = Dl4jOracle.check(network, wrong, X, Y);
        assertFalse(caught.matches());
        assertFalse(caught.parameters().get(4).matches(), "dW3 differs");
        assertTrue(caught.parameters().get(0).matches(), "dW1 was left right");
    }

    /** A training continued in chunks is the same training as one run straight through. */
    @Test
    void aTrainingContinuedInChunksEqualsOneRunStraightThrough() {
        ScratchNetwork straight = ScratchNetwork.initialize(SEED);
        List<Integer> straightReports = new ArrayList<>();
        new ScratchTrainer(0.002, 300, 100).train(straight, X, Y, (i, mse) -> straightReports.add(i));
        ScratchNetwork chunked = ScratchNetwork.initialize(SEED);
        List<Integer> reports = new ArrayList<>();
        ScratchOutcome first = new ScratchTrainer(0.002, 200, 100).train(chunked, X, Y, 0, (i, mse) -> reports.add(i));
        ScratchOutcome second = new ScratchTrainer(0.002, 100, 100).train(chunked, X, Y, first.iterations(), (i, mse) -> reports.add(i));
        assertEquals(200, first.iterations());
        assertEquals(300, second.iterations(), "counted on from the first chunk");
        assertEquals(List.of(0, 100, 200, 300), straightReports);
        assertEquals(List.of(0, 100, 200, 200, 300), reports, "each chunk reports its end; the next starts there");
        assertEquals(straight.W2(), chunked.W2());
        assertEquals(straight.b3(), chunked.b3());
    }

    /**
     * Lesson 2.5's run: lr 0.001, 20,000 full-batch iterations, MSE every 100. Prints the memory of
     * the process before and after (the step workspace keeps it flat; nothing is asserted on it).
     */
    @Test
    void trainsTheDiscAndRingFromAQuarterToAFewHundredths() {
        ScratchNetwork network = ScratchNetwork.initialize(SEED);
        List<double[]> curve = new ArrayList<>();
        String before = memory();
        long started = System.nanoTime();
        ScratchOutcome outcome = new ScratchTrainer(0.001, 20_000, 100)
                .train(network, X, Y, (iteration, mse) -> curve.add(new double[] {iteration, mse}));
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("[scratch] 20000 iterations in %.1f s, MSE %.4f → %.4f%n", seconds, curve.get(0)[1], outcome.mse());
        System.out.println("[scratch] memory before: " + before);
        System.out.println("[scratch] memory after:  " + memory());

        assertFalse(outcome.stopped());
        assertEquals(20_000, outcome.iterations());
        assertEquals(201, curve.size(), "iterations 0, 100, …, 19,900 and the final state at 20,000");
        assertEquals(20_000, curve.get(200)[0]);
        assertEquals(0.25, curve.get(0)[1], 0.03, "starts near 0.25");
        assertTrue(outcome.mse() < 0.05, "ends at " + outcome.mse());
        assertEquals(outcome.mse(), curve.get(200)[1]);

        INDArray predictions = network.predict(X);
        double accuracy = predictions.gte(0.5).castTo(DataType.FLOAT).eq(Y).castTo(DataType.FLOAT).meanNumber().doubleValue();
        assertTrue(accuracy > 0.9, "accuracy " + accuracy);
        DecisionGrid grid = network.decisionGrid(50, 1.0);
        assertEquals(0, grid.classAt(25, 25), "the centre is the disc");
        assertEquals(1, grid.classAt(0, 0), "a corner is the ring");
        assertEquals(1, grid.classAt(49, 49), "a corner is the ring");
    }

    // ---- helpers

    /** L = ½·Σ(ŷ − y)², the loss whose gradient our dW are. */
    private static double halfSquaredError(ScratchNetwork network, INDArray x, INDArray y) {
        INDArray error = network.predict(x).sub(y);
        return 0.5 * error.mul(error).sumNumber().doubleValue();
    }

    /** A copy of {@code network} with parameter {@code which} (W1, b1, W2, b2, W3, b3) moved by delta at {@code index}. */
    private static ScratchNetwork perturbed(ScratchNetwork network, int which, int index, double delta) {
        INDArray[] p = {network.W1(), network.b1(), network.W2(), network.b2(), network.W3(), network.b3()};
        INDArray flat = p[which].reshape(p[which].length());
        flat.putScalar(index, flat.getDouble(index) + delta);
        return ScratchNetwork.of(p[0], p[1], p[2], p[3], p[4], p[5]);
    }

    /** DL4J keeps some biases (and their gradients) as vectors of shape (m); ours are rows (1, m). */
    private static INDArray row(INDArray bias) {
        return bias.reshape(1, bias.length());
    }

    /** Equal within 1e-4 of the larger magnitude (float32 sums of 1000 terms in a different order). */
    private static void assertClose(INDArray expected, INDArray actual, String what) {
        assertArrayEquals(expected.shape(), actual.shape(), what);
        double scale = Math.max(1e-3, expected.amaxNumber().doubleValue());
        double difference = expected.castTo(DataType.DOUBLE).sub(actual.castTo(DataType.DOUBLE)).amaxNumber().doubleValue();
        assertTrue(difference <= 1e-4 * scale, what + ": differs by " + difference + "\nexpected " + expected + "\nactual " + actual);
    }

    /** Resident memory of the process, the Java heap in use, and what JavaCPP itself tracks. */
    private static String memory() {
        Runtime runtime = Runtime.getRuntime();
        return String.format("resident %d MB, heap used %d MB of %d MB committed, JavaCPP-tracked %d MB",
                Pointer.physicalBytes() >> 20, (runtime.totalMemory() - runtime.freeMemory()) >> 20,
                runtime.totalMemory() >> 20, Pointer.totalBytes() >> 20);
    }
}
