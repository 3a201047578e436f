package dev.neurona.nn;

import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/** What a training produced: the network as it stands, its epoch history and whether it was stopped early. */
public record TrainingOutcome(MultiLayerNetwork network, List<EpochResult> history, boolean stopped) {
}
