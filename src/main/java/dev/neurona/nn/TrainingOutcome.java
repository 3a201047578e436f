package dev.neurona.nn;

import java.util.List;
import java.util.OptionalInt;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * What a training produced: the network as it stands, its epoch history, whether the learner
 * stopped it, and, with early stopping, whether it stopped itself and which epoch was best.
 */
public record TrainingOutcome(MultiLayerNetwork network, List<EpochResult> history, boolean stopped,
        boolean stoppedEarly, OptionalInt bestEpoch) {

    public TrainingOutcome(MultiLayerNetwork network, List<EpochResult> history, boolean stopped) {
        this(network, history, stopped, false, OptionalInt.empty());
    }
}
