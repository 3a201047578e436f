package dev.neurona.nn;

import java.util.function.Consumer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/** Receives a training's progress as it happens and can ask it to stop between two batches. */
public interface TrainingObserver {

    /** Hears nothing and never stops: a warm-up's training, or a test's that only wants the outcome. */
    TrainingObserver QUIET = epochs(result -> {
    });

    void onBatch(BatchProgress progress);

    void onEpoch(EpochResult result);

    /** After each epoch, the network as it stands (a playground draws its decision map from it); only read it. */
    default void onNetwork(EpochResult result, MultiLayerNetwork network) {
    }

    /** Checked before every batch; returning true ends training after the current batch. */
    boolean stopRequested();

    /** Hears each epoch only, and never asks to stop. */
    static TrainingObserver epochs(Consumer<EpochResult> onEpoch) {
        return new TrainingObserver() {
            @Override
            public void onBatch(BatchProgress progress) {
            }

            @Override
            public void onEpoch(EpochResult result) {
                onEpoch.accept(result);
            }

            @Override
            public boolean stopRequested() {
                return false;
            }
        };
    }
}
