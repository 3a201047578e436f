package dev.neurona.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.data.FeatureMap;
import dev.neurona.data.PlaygroundData;
import dev.neurona.data.Toy2dKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A spec refuses what its settings' descriptions do not allow, and writes back every setting the parser reads. */
class NetworkSpecTest {

    private final SpecParser parser = new SpecParser(SpecLimits.defaults());

    private static NetworkSpec valid() {
        return new NetworkSpec("mnist", 784, List.of(new DenseLayerSpec(16, Activation.RELU)), 10, Activation.SOFTMAX,
                Loss.CATEGORICAL_CROSSENTROPY, Optimizer.ADAM, 0.001, 2, 32, 0.2, 7);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "learning_rate|20",
        "learning_rate|0",
        "epochs|0",
        "batch_size|0",
        "validation_split|0.6",
        "validation_split|-0.1",
        "seed|-1",
        "validation_first|-1",
        "kfold|11",
        "dropout|0.95",
        "l1|2",
        "l2|-0.5",
        "patience|101",
    })
    void refusesAValueOutsideItsDescribedRange(String key, double value) {
        SpecField field = SpecField.byKey(key).orElseThrow();
        NetworkSpec spec = valid();
        Map<SpecField, Object> settings = new java.util.EnumMap<>(spec.settings().values());
        settings.put(field, value);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new NetworkSpec(spec.dataset(), spec.inputs(), spec.hidden(), spec.outputs(), new SpecSettings(settings),
                        spec.playground()));
        assertTrue(refused.getMessage().contains(key), refused.getMessage());
    }

    @Test
    void theSettingBySettingConstructorsCheckToo() {
        assertThrows(IllegalArgumentException.class, () -> new NetworkSpec("mnist", 784, List.of(), 10, Activation.SOFTMAX,
                Loss.CATEGORICAL_CROSSENTROPY, Optimizer.SGD, 0.1, 0, 32, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new NetworkSpec("mnist", 784, List.of(), 10, Activation.SOFTMAX,
                Loss.CATEGORICAL_CROSSENTROPY, Optimizer.SGD, 0.1, 1, 32, 0, 1, new Regularization(0.95, 0, 0),
                EarlyStopping.OFF, Metric.ACCURACY, 0, 0, Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> valid().withEpochs(0));
    }

    @Test
    void refusesAMissingRequiredSettingAndFillsOptionalOnes() {
        Map<SpecField, Object> settings = new java.util.EnumMap<>(valid().settings().values());
        settings.remove(SpecField.DROPOUT);
        assertEquals(0.0, new SpecSettings(settings).decimal(SpecField.DROPOUT), "an optional setting takes its default");
        settings.remove(SpecField.LEARNING_RATE);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new SpecSettings(settings));
        assertTrue(refused.getMessage().contains("learning_rate"), refused.getMessage());
    }

    @Test
    void refusesPlaygroundDataOutsideItsDescribedRange() {
        NetworkSpec spec = valid();
        PlaygroundSetup tooFew = new PlaygroundSetup(new PlaygroundData(Toy2dKind.CIRCLE, 10, 0.1, 0.5, 1), FeatureMap.COORDINATES);
        assertThrows(IllegalArgumentException.class, () -> new NetworkSpec("playground", 2, List.of(), 1, spec.settings(),
                Optional.of(tooFew)));
    }

    /**
     * For every described setting and every value its description offers (each choice, the ends of its
     * fixed range), a spec that the parser accepts writes the setting back under its key, and reading
     * those keys again (as a shared link does) gives the same spec.
     */
    @Test
    void everyDescribedSettingRoundTripsThroughParserSpecAndSharedKeys() {
        for (SpecField field : SpecField.values()) {
            int accepted = 0;
            for (String value : candidates(field)) {
                Map<String, String> values = base(field);
                values.put(field.key(), value);
                DatasetShape shape = field.placement() == SpecField.Placement.DATA ? DatasetShape.PLAYGROUND : DatasetShape.MNIST;
                SpecParseResult parsed = parser.parse(values, shape);
                if (!parsed.isValid()) {
                    continue;
                }
                accepted++;
                NetworkSpec spec = parsed.orElseThrow();
                Map<String, String> shared = spec.values();
                assertTrue(shared.containsKey(field.key()), field.key() + " is written back: " + shared);
                shared.keySet().forEach(key -> assertTrue(SpecField.byKey(key).isPresent(), key + " is a described key"));
                assertEquals(spec, parser.parse(shared, shape).orElseThrow(), field.key() + "=" + value);
            }
            assertTrue(accepted > 0, "no value of " + field.key() + " was accepted");
        }
    }

    @Test
    void aPlaygroundSpecWritesEveryDescribedKey() {
        Map<String, String> values = base(SpecField.TOY);
        NetworkSpec spec = parser.parse(values, DatasetShape.PLAYGROUND).orElseThrow();
        assertEquals(SpecField.keys(), List.copyOf(spec.values().keySet()));
    }

    /** Values the description itself offers: every choice, the ends of the fixed range, its default. */
    private static List<String> candidates(SpecField field) {
        List<String> values = new ArrayList<>(field.choices());
        if (field.kind() == SpecField.Kind.INTEGER || field.kind() == SpecField.Kind.DECIMAL) {
            values.add(Setting.format(field.min()));
            if (!Double.isNaN(field.max())) {
                values.add(Setting.format(field.max()));
            }
        }
        if (field.defaultValue() != null) {
            values.add(field.defaultValue());
        }
        if (field == SpecField.HIDDEN) {
            values.add("8 relu, 4 tanh");
        }
        if (field == SpecField.FEATURES) {
            values.add("x1sq, x2sq, x1x2");
        }
        if (field == SpecField.EPOCHS || field == SpecField.BATCH_SIZE) {
            values.add("3");
        }
        return values;
    }

    /** A configuration the parser accepts, with validation held out so early stopping has something to watch. */
    private static Map<String, String> base(SpecField varied) {
        Map<String, String> values = new LinkedHashMap<>();
        boolean playground = varied.placement() == SpecField.Placement.DATA;
        values.put("hidden", "8 relu");
        values.put("output", playground ? "sigmoid" : "softmax");
        values.put("loss", playground ? "binary_crossentropy" : "categorical_crossentropy");
        values.put("optimizer", "adam");
        values.put("learning_rate", "0.01");
        values.put("epochs", "2");
        values.put("batch_size", "32");
        if (varied != SpecField.KFOLD && varied != SpecField.VALIDATION_FIRST && !playground) {
            values.put("validation_split", "0.2");
        }
        values.put("seed", "3");
        if (playground) {
            values.put("toy", "xor");
            values.put("points", "200");
            values.put("noise", "0.1");
            values.put("train_ratio", "0.6");
            values.put("features", "x1, x2");
        }
        return values;
    }
}
