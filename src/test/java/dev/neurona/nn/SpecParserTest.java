package dev.neurona.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.nn.FieldError.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpecParserTest {

    private final SpecParser parser = new SpecParser(SpecLimits.defaults());

    static Map<String, String> lessonDefaults() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("hidden", "512 relu");
        values.put("output", "softmax");
        values.put("loss", "categorical_crossentropy");
        values.put("optimizer", "rmsprop");
        values.put("learning_rate", "0.001");
        values.put("epochs", "5");
        values.put("batch_size", "128");
        values.put("validation_split", "0");
        values.put("seed", "42");
        return values;
    }

    private List<FieldError> errorsWith(String key, String value) {
        Map<String, String> values = lessonDefaults();
        values.put(key, value);
        SpecParseResult result = parser.parse(values, DatasetShape.MNIST);
        assertFalse(result.isValid(), key + "=" + value + " should be refused");
        return result.errors();
    }

    @Test
    void lessonDefaultsGiveTheCourseNetwork() {
        NetworkSpec spec = parser.parse(lessonDefaults(), DatasetShape.MNIST).orElseThrow();
        assertEquals(407_050, spec.parameterCount());
        assertEquals(List.of(new DenseLayerSpec(512, Activation.RELU)), spec.hidden());
        assertEquals(Optimizer.RMSPROP, spec.optimizer());
        assertEquals(0.001, spec.learningRate());
    }

    @Test
    void valuesRoundTripThroughTheParser() {
        NetworkSpec spec = parser.parse(lessonDefaults(), DatasetShape.MNIST).orElseThrow();
        assertEquals(spec, parser.parse(spec.values(), DatasetShape.MNIST).orElseThrow());
        assertEquals("0.001", spec.values().get("learning_rate"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "epochs|cinco|NOT_A_NUMBER",
        "epochs|2.5|NOT_AN_INTEGER",
        "epochs|0|BELOW_MIN",
        "epochs|-3|BELOW_MIN",
        "epochs|100000|ABOVE_MAX",
        "batch_size|0|BELOW_MIN",
        "batch_size|99999999|ABOVE_MAX",
        "learning_rate|abc|NOT_A_NUMBER",
        "learning_rate|-0.1|BELOW_MIN",
        "learning_rate|NaN|NOT_A_NUMBER",
        "learning_rate|1e9|ABOVE_MAX",
        "validation_split|0.9|ABOVE_MAX",
        "seed|-1|BELOW_MIN",
        "optimizer|adagrad|UNKNOWN_CHOICE",
        "output|swish|UNKNOWN_CHOICE",
        "loss|hinge|UNKNOWN_CHOICE",
        "epochs||REQUIRED",
    })
    void refusesBadValuesOfOneField(String key, String value, Problem problem) {
        List<FieldError> errors = errorsWith(key, value == null ? "" : value);
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(key, errors.get(0).field());
        assertEquals(problem, errors.get(0).problem());
    }

    @Test
    void reportsEveryBadFieldAtOnce() {
        Map<String, String> values = lessonDefaults();
        values.put("epochs", "x");
        values.put("batch_size", "-1");
        values.put("hidden", "0 relu, 64 wobble");
        List<String> fields = parser.parse(values, DatasetShape.MNIST).errors().stream().map(FieldError::field).toList();
        assertEquals(List.of("hidden.0.units", "hidden.1.activation", "epochs", "batch_size"), fields);
    }

    @Test
    void refusesALossThatDoesNotFitTheOutput() {
        Map<String, String> values = lessonDefaults();
        values.put("output", "sigmoid");
        List<FieldError> errors = parser.parse(values, DatasetShape.MNIST).errors();
        assertEquals(Problem.LOSS_DOES_NOT_FIT_OUTPUT, errors.get(0).problem());
        assertEquals("loss", errors.get(0).field());
    }

    @Test
    void refusesSoftmaxInAHiddenLayer() {
        assertEquals("hidden.0.activation", errorsWith("hidden", "64 softmax").get(0).field());
    }

    @Test
    void capsUnitsLayersAndParameters() {
        assertEquals(Problem.ABOVE_MAX, errorsWith("hidden", "100000 relu").get(0).problem());
        assertEquals(Problem.TOO_MANY_LAYERS, errorsWith("hidden", "8 relu,".repeat(9) + "8 relu").get(0).problem());
        FieldError tooBig = errorsWith("hidden", "4096 relu, 4096 relu").get(0);
        assertEquals(Problem.TOO_MANY_PARAMETERS, tooBig.problem());
        assertEquals("5000000", tooBig.limit());
    }

    @Test
    void acceptsNoHiddenLayerAndDecimalComma() {
        Map<String, String> values = lessonDefaults();
        values.put("hidden", "");
        values.put("learning_rate", "0,01");
        SpecParseResult result = parser.parse(values, DatasetShape.MNIST);
        assertTrue(result.isValid(), result.errors().toString());
        assertEquals(7_850, result.orElseThrow().parameterCount());
    }

    @Test
    void refusesUnknownFields() {
        Map<String, String> values = lessonDefaults();
        values.put("kernel_size", "3");
        assertEquals(Problem.UNKNOWN_FIELD, parser.parse(values, DatasetShape.MNIST).errors().get(0).problem());
    }

    @Test
    void regularizationAndEarlyStoppingAreOptionalWithNeutralDefaults() {
        NetworkSpec spec = parser.parse(lessonDefaults(), DatasetShape.MNIST).orElseThrow();
        assertEquals(Regularization.NONE, spec.regularization());
        assertEquals(EarlyStopping.OFF, spec.earlyStopping());
        Map<String, String> values = lessonDefaults();
        values.put("dropout", "0.5");
        values.put("l2", "0.001");
        values.put("patience", "2");
        values.put("restore_best", "on");
        values.put("validation_split", "0.2");
        NetworkSpec regularized = parser.parse(values, DatasetShape.MNIST).orElseThrow();
        assertEquals(new Regularization(0.5, 0, 0.001), regularized.regularization());
        assertEquals(new EarlyStopping(2, true), regularized.earlyStopping());
        assertEquals(regularized, parser.parse(regularized.values(), DatasetShape.MNIST).orElseThrow());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "dropout|0.95|ABOVE_MAX",
        "dropout|-0.1|BELOW_MIN",
        "l2|x|NOT_A_NUMBER",
        "patience|1.5|NOT_AN_INTEGER",
        "restore_best|quizás|UNKNOWN_CHOICE",
    })
    void refusesBadRegularization(String key, String value, Problem problem) {
        List<FieldError> errors = errorsWith(key, value);
        assertEquals(problem, errors.get(0).problem(), errors.toString());
    }

    @Test
    void earlyStoppingNeedsValidationData() {
        Map<String, String> values = lessonDefaults();
        values.put("patience", "3");
        FieldError error = parser.parse(values, DatasetShape.MNIST).errors().get(0);
        assertEquals("patience", error.field());
        assertEquals(Problem.NEEDS_VALIDATION, error.problem());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "metric|rmse|UNKNOWN_CHOICE",
        "validation_first|60000|ABOVE_MAX",
        "validation_first|-1|BELOW_MIN",
        "kfold|1|BELOW_MIN",
        "kfold|11|ABOVE_MAX",
    })
    void refusesBadValidationAndMetric(String key, String value, Problem problem) {
        List<FieldError> errors = errorsWith(key, value);
        assertEquals(problem, errors.get(0).problem(), errors.toString());
    }

    @Test
    void oneWayOfValidatingAtATime() {
        Map<String, String> values = lessonDefaults();
        values.put("validation_split", "0.1");
        values.put("validation_first", "1000");
        FieldError error = parser.parse(values, DatasetShape.MNIST).errors().get(0);
        assertEquals(Problem.ONE_VALIDATION_ONLY, error.problem());
        values.put("validation_split", "0");
        NetworkSpec spec = parser.parse(values, DatasetShape.MNIST).orElseThrow();
        assertEquals(1000, spec.validationFirst());
        assertEquals("1000", spec.values().get("validation_first"), "the spec writes back what it read");
    }

    @Test
    void accuracyNeedsProbabilitiesAndSoftmaxNeedsSeveralOutputs() {
        Map<String, String> regression = lessonDefaults();
        regression.put("hidden", "64 relu");
        regression.put("output", "linear");
        regression.put("loss", "mse");
        assertEquals(Problem.METRIC_DOES_NOT_FIT_OUTPUT, parser.parse(regression, DatasetShape.BOSTON).errors().get(0).problem());
        regression.put("metric", "mae");
        regression.put("kfold", "4");
        NetworkSpec spec = parser.parse(regression, DatasetShape.BOSTON).orElseThrow();
        assertTrue(spec.isKFold());
        assertEquals(Metric.MAE, spec.metric());
        Map<String, String> binary = lessonDefaults();
        assertEquals(Problem.SOFTMAX_NEEDS_CLASSES, parser.parse(binary, DatasetShape.IMDB).errors().get(0).problem());
    }

    @Test
    void playgroundReadsItsDataFieldsAndFeedsTheChosenFeatures() {
        Map<String, String> values = lessonDefaults();
        values.put("hidden", "");
        values.put("output", "sigmoid");
        values.put("loss", "binary_crossentropy");
        values.put("toy", "spiral");
        values.put("features", "x1, x2, x1sq, sin1");
        NetworkSpec spec = parser.parse(values, DatasetShape.PLAYGROUND).orElseThrow();
        assertEquals(4, spec.inputs(), "one input per chosen feature");
        assertEquals(dev.neurona.data.Toy2dKind.SPIRAL, spec.playground().orElseThrow().data().kind());
        values.put("features", "x1, x9");
        values.put("noise", "0.8");
        values.put("toy", "donut");
        List<String> fields = parser.parse(values, DatasetShape.PLAYGROUND).errors().stream().map(FieldError::field).toList();
        assertTrue(fields.containsAll(List.of("features", "noise", "toy")), fields.toString());
    }
}
