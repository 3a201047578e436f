package dev.neurona.nn;

/** Receives a training's progress as it happens and can ask it to stop between two batches. */
public interface TrainingObserver {

    void onBatch(BatchProgress progress);

    void onEpoch(EpochResult result);

    /** Checked before every batch; returning true ends training after the current batch. */
    boolean stopRequested();
}
