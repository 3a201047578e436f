package dev.neurona.nn.scratch;

import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The training loop of lesson 2.5: forward → backward → update with all the examples at once (full
 * batch), the MSE reported every {@code reportEvery} iterations. Each iteration runs in a memory
 * workspace (see {@link ScratchWorkspace}) so that 50,000 iterations cost no more memory than one.
 */
public final class ScratchTrainer {

    static final String STEP_WORKSPACE = "neurona-scratch-step";

    private final double learningRate;
    private final int iterations;
    private final int reportEvery;

    public ScratchTrainer(double learningRate, int iterations, int reportEvery) {
        if (!(learningRate > 0) || iterations < 0 || reportEvery < 1) {
            throw new IllegalArgumentException("need learning rate > 0, iterations ≥ 0 and reportEvery ≥ 1");
        }
        this.learningRate = learningRate;
        this.iterations = iterations;
        this.reportEvery = reportEvery;
    }

    /**
     * Trains {@code network} in place on features X (n, 2) and labels Y (n, 1), of the network's data
     * type. The observer hears iterations 0, k, 2k… and, last, the state training ended in.
     */
    public ScratchOutcome train(ScratchNetwork network, INDArray X, INDArray Y, ScratchObserver observer) {
        return train(network, X, Y, 0, observer);
    }

    /**
     * Goes on with a training that has already made {@code previous} updates, e.g. a live training
     * run a few hundred iterations per request: iterations are numbered on from {@code previous}
     * (reports at multiples of {@code reportEvery}, the outcome's count includes them), and at most
     * {@code iterations} more updates are made.
     */
    public ScratchOutcome train(ScratchNetwork network, INDArray X, INDArray Y, int previous, ScratchObserver observer) {
        if (previous < 0) {
            throw new IllegalArgumentException("previous updates must be ≥ 0");
        }
        if (X.rank() != 2 || X.columns() != ScratchNetwork.LAYERS[0] || Y.rank() != 2 || Y.columns() != 1
                || X.rows() != Y.rows()) {
            throw new IllegalArgumentException("need X of shape (n, 2) and Y of shape (n, 1)");
        }
        int done = previous;
        boolean stopped = false;
        try {
            for (int i = previous; i < previous + iterations; i++) {
                if (observer.stopRequested()) {
                    stopped = true;
                    break;
                }
                boolean report = i % reportEvery == 0;
                double mse = Double.NaN;
                try (MemoryWorkspace ignored = ScratchWorkspace.open(STEP_WORKSPACE)) {
                    ForwardPass pass = network.forward(X);
                    if (report) {
                        mse = ScratchNetwork.mse(pass.A3(), Y);   // a double: nothing to detach
                    }
                    // the parameters were allocated outside the workspace and are updated in place,
                    // so they survive it; everything else of this step is reused by the next one
                    network.step(network.backward(pass, X, Y), learningRate);
                }
                done = i + 1;
                if (report) {
                    // outside the workspace, so what the observer computes (a decision map) is its own
                    observer.onProgress(i, mse);
                }
            }
            double mse;
            try (MemoryWorkspace ignored = ScratchWorkspace.open(STEP_WORKSPACE)) {
                mse = ScratchNetwork.mse(network.predict(X), Y);
            }
            observer.onProgress(done, mse);
            return new ScratchOutcome(done, mse, stopped);
        } finally {
            // a pooled worker thread would otherwise keep these blocks until it dies
            ScratchWorkspace.release(STEP_WORKSPACE);
            ScratchWorkspace.release(ScratchNetwork.GRID_WORKSPACE);
        }
    }
}
