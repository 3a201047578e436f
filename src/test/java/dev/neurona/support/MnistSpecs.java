package dev.neurona.support;

import dev.neurona.nn.DatasetShape;
import dev.neurona.nn.NetworkSpec;
import dev.neurona.nn.SpecParser;
import java.util.LinkedHashMap;
import java.util.Map;

/** Lesson 1.5's networks as the tests that submit runs in-process write them, parsed as a form would be. */
public final class MnistSpecs {

    private MnistSpecs() {}

    /** Hidden layers as in the form ({@code "256 relu"}), softmax output, Adam at 0.001, no validation, seed 7. */
    public static NetworkSpec spec(SpecParser parser, String hidden, int epochs, int batch) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("hidden", hidden);
        values.put("output", "softmax");
        values.put("loss", "categorical_crossentropy");
        values.put("optimizer", "adam");
        values.put("learning_rate", "0.001");
        values.put("epochs", Integer.toString(epochs));
        values.put("batch_size", Integer.toString(batch));
        values.put("validation_split", "0");
        values.put("seed", "7");
        return parser.parse(values, DatasetShape.MNIST).orElseThrow();
    }
}
