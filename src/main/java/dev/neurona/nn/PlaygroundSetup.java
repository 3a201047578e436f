package dev.neurona.nn;

import dev.neurona.data.ExerciseData;
import dev.neurona.data.FeatureMap;
import dev.neurona.data.PlaygroundData;

/** What a playground run (lesson 1.12) trains on: the generated 2-D points and the features fed to the network. */
public record PlaygroundSetup(PlaygroundData data, FeatureMap features) {

    /** The generated split, fed through the features. */
    public ExerciseData exerciseData() {
        return data.exerciseData(features);
    }
}
