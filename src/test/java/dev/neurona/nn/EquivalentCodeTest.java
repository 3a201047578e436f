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

    @Test
    void regularizationAndEarlyStoppingAppearInBothLanguages() {
        NetworkSpec spec = spec(Map.of("hidden", "4 relu, 4 relu", "dropout", "0.5", "l2", "0.001",
                "validation_split", "0.2", "patience", "3"));
        String keras = EquivalentCode.keras(spec);
        assertTrue(keras.contains("layers.Dense(4, activation=\"relu\", kernel_regularizer=keras.regularizers.l2(0.001))"), keras);
        assertTrue(keras.contains("layers.Dropout(0.5)"), keras);
        assertTrue(keras.contains("EarlyStopping(patience=3, restore_best_weights=False)"), keras);
        String java = EquivalentCode.dl4j(spec);
        assertTrue(java.contains(".l2(0.002)"), java);
        assertTrue(java.contains("new DropoutLayer(0.5)"), java);
    }
}
