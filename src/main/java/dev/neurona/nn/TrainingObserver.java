package dev.neurona.nn;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/** Receives a training's progress as it happens and can ask it to stop between two batches. */
public interface TrainingObserver {

    void onBatch(BatchProgress progress);

    void onEpoch(EpochResult result);

    /** After each epoch, the network as it stands (a playground draws its decision map from it); only read it. */
    default void onNetwork(EpochResult result, MultiLayerNetwork network) {
    }

    /** Checked before every batch; returning true ends training after the current batch. */
    boolean stopRequested();
}
