package dev.neurona.lab;

import dev.neurona.data.TensorDataset;
import dev.neurona.nn.DecisionGrid;
import dev.neurona.nn.scratch.ScratchNetwork;
import dev.neurona.nn.scratch.ScratchObserver;
import dev.neurona.nn.scratch.ScratchOutcome;
import dev.neurona.nn.scratch.ScratchTrainer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One learner's live training of the from-scratch network (lesson 2.5): its data, its network as
 * trained so far and the MSE curve, advanced a chunk of iterations at a time. The lock makes sure
 * only one chunk of it runs at once.
 */
final class TrainingSession {

    /** Lesson 2.5 records the MSE every 100 iterations. */
    static final int REPORT_EVERY = 100;
    /** Lesson 2.5's grid: 50 points per axis over [−1, 1]². */
    static final int GRID_RESOLUTION = 50;

    final ReentrantLock lock = new ReentrantLock();

    private final long seed;
    private final double learningRate;
    private final int iterations;
    private final INDArray X;
    private final INDArray Y;
    private final ScratchNetwork network;
    private final List<TrainingProgress.CurvePoint> curve = new ArrayList<>();
    private final ScratchData.Points points;
    private int iteration;
    private double mse;
    private double accuracy;
    private DecisionGrid grid;

    TrainingSession(long seed, double learningRate, int iterations) {
        this.seed = seed;
        this.learningRate = learningRate;
        this.iterations = iterations;
        TensorDataset data = ScratchLab.dataset(seed);
        this.X = data.features();
        this.Y = data.labels();
        this.points = ScratchData.Points.of(data);
        this.network = ScratchNetwork.initialize(seed);
        // zero updates: records the untrained network's MSE and map the same way every chunk does
        run(0, Long.MAX_VALUE, new ArrayList<>());
    }

    ScratchData.Points points() {
        return points;
    }

    /** Everything so far, the whole curve included. Call with the lock held. */
    TrainingProgress progress() {
        return progress(List.copyOf(curve));
    }

    /**
     * Up to {@code chunk} more updates (never beyond the iterations asked for), stopping early at a
     * multiple of 100 once {@code budgetNanos} have passed. Returns the curve points it added. Call
     * with the lock held.
     */
    TrainingProgress advance(int chunk, long budgetNanos) {
        List<TrainingProgress.CurvePoint> added = new ArrayList<>();
        run(Math.min(chunk, iterations - iteration), System.nanoTime() + budgetNanos, added);
        return progress(added);
    }

    private void run(int updates, long deadline, List<TrainingProgress.CurvePoint> added) {
        int start = iteration;
        ScratchObserver observer = new ScratchObserver() {
            private int next = start;

            @Override
            public void onProgress(int at, double value) {
                if (curve.isEmpty() || at > curve.get(curve.size() - 1).iteration()) {
                    TrainingProgress.CurvePoint point = new TrainingProgress.CurvePoint(at, value);
                    curve.add(point);
                    added.add(point);
                }
            }

            @Override
            public boolean stopRequested() {
                int upcoming = next++;
                // stop only on a multiple of 100, so the next chunk's reports fall on the same grid
                return upcoming > start && upcoming % REPORT_EVERY == 0 && System.nanoTime() > deadline;
            }
        };
        ScratchOutcome outcome = new ScratchTrainer(learningRate, updates, REPORT_EVERY).train(network, X, Y, start, observer);
        iteration = outcome.iterations();
        mse = outcome.mse();
        // once per chunk: only the last map of a chunk reaches the browser
        grid = network.decisionGrid(GRID_RESOLUTION, 1.0).rounded();
        INDArray predicted = network.predict(X).gte(DecisionGrid.THRESHOLD).castTo(DataType.FLOAT);
        accuracy = predicted.eq(Y).castTo(DataType.FLOAT).meanNumber().doubleValue();
    }

    private TrainingProgress progress(List<TrainingProgress.CurvePoint> points) {
        return new TrainingProgress(seed, learningRate, iteration, iterations, points, mse, accuracy, grid,
                iteration >= iterations);
    }
}
