package dev.neurona.nn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EquivalentCodeTest {

    private NetworkSpec spec(Map<String, String> overrides) {
        var values = SpecParserTest.lessonDefaults();
        values.putAll(overrides);
        return new SpecParser(SpecLimits.defaults()).parse(values, DatasetShape.MNIST).orElseThrow();
    }

    @Test
    void kerasCodeIsTheLessonsModel() {
        String code = EquivalentCode.keras(spec(Map.of()));
        assertTrue(code.contains("layers.Dense(512, activation=\"relu\")"), code);
        assertTrue(code.contains("layers.Dense(10, activation=\"softmax\")"), code);
        assertTrue(code.contains("keras.optimizers.RMSprop(learning_rate=0.001)"), code);
        assertTrue(code.contains("loss=\"categorical_crossentropy\""), code);
        assertTrue(code.contains("epochs=5, batch_size=128"), code);
        assertTrue(!code.contains("validation_split"), code);
    }

    @Test
    void dl4jCodeFollowsEveryLayerAndSetting() {
        String code = EquivalentCode.dl4j(spec(Map.of("hidden", "64 tanh, 32 relu", "optimizer", "adam", "learning_rate", "0.01")));
        assertTrue(code.contains(".nIn(784).nOut(64)"), code);
        assertTrue(code.contains("Activation.TANH"), code);
        assertTrue(code.contains(".nIn(64).nOut(32)"), code);
        assertTrue(code.contains(".nIn(32).nOut(10).activation(Activation.SOFTMAX)"), code);
        assertTrue(code.contains("LossFunctions.LossFunction.MCXENT"), code);
        assertTrue(code.contains("new Adam(0.01, 0.9, 0.999, 1e-7)"), code);
        assertTrue(EquivalentCode.keras(spec(Map.of("validation_split", "0.1"))).contains("validation_split=0.1"));
    }
}
