package dev.neurona.nn.scratch;

/** Receives a scratch training's error every few iterations and can ask it to stop. */
@FunctionalInterface
public interface ScratchObserver {

    /** The MSE after {@code iteration} updates (0: the untrained network), on the training thread. */
    void onProgress(int iteration, double mse);

    /** Checked before every iteration; returning true ends training before the next update. */
    default boolean stopRequested() {
        return false;
    }
}
