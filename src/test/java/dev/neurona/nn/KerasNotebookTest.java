package dev.neurona.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.neurona.data.TensorDataset;
import dev.neurona.data.Toy2dKind;
import dev.neurona.lesson.CourseContent;
import dev.neurona.lesson.ExerciseDefinition;
import dev.neurona.lesson.LessonCatalog;
import dev.neurona.lesson.LessonRenderer;
import dev.neurona.support.SystemPython;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KerasNotebookTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final NotebookText TEXT =
            new NotebookText(
                    "Lección 9.9: prueba",
                    "Intro *en markdown*.",
                    "Datos",
                    "",
                    "Los puntos",
                    "Modelo",
                    "Entrenamiento",
                    "Evaluación");

    private static CourseContent course;

    @BeforeAll
    static void loadLessons() throws Exception {
        course =
                new CourseContent(
                        LessonCatalog.load(Optional.of(Path.of("lessons"))), new LessonRenderer());
    }

    /** An exercise's lesson defaults with some settings changed, parsed as the server parses a form. */
    private static NetworkSpec exercise(String id, Map<String, String> changes) {
        ExerciseDefinition exercise =
                course.exercise(id).orElseThrow(() -> new AssertionError("no exercise " + id));
        Map<String, String> values = new HashMap<>(exercise.defaults());
        values.putAll(changes);
        return new SpecParser(SpecLimits.defaults())
                .parse(values, DatasetShape.of(exercise.dataset()).orElseThrow())
                .orElseThrow();
    }

    private static List<JsonNode> cells(String notebook) throws Exception {
        List<JsonNode> cells = new ArrayList<>();
        JSON.readTree(notebook).get("cells").forEach(cells::add);
        return cells;
    }

    private static String source(JsonNode cell) {
        StringBuilder text = new StringBuilder();
        cell.get("source").forEach(line -> text.append(line.asText()));
        return text.toString();
    }

    /** The code cell right after the markdown heading {@code ## heading}. */
    private static String codeAfter(List<JsonNode> cells, String heading) {
        for (int i = 0; i < cells.size(); i++) {
            if (source(cells.get(i)).equals("## " + heading)) {
                for (int j = i + 1; j < cells.size(); j++) {
                    if (cells.get(j).get("cell_type").asText().equals("code")) {
                        return source(cells.get(j));
                    }
                }
            }
        }
        throw new AssertionError("no code after ## " + heading);
    }

    @Test
    void everyExerciseAndSeveralSettingsGiveANotebookValidAgainstTheSchemaWithCodeThatCompiles(
            @TempDir Path dir) throws Exception {
        assumeTrue(
                SystemPython.has("nbformat"),
                "Debian's python3-nbformat is not installed for /usr/bin/python3");
        List<NetworkSpec> specs = new ArrayList<>();
        for (ExerciseDefinition exercise : course.exercises()) {
            specs.add(exercise(exercise.id(), Map.of()));
        }
        specs.add(
                exercise(
                        "mnist-1-5",
                        Map.of(
                                "optimizer",
                                "adam",
                                "learning_rate",
                                "0.01",
                                "dropout",
                                "0.5",
                                "validation_split",
                                "0.2",
                                "patience",
                                "2",
                                "restore_best",
                                "true",
                                "l1",
                                "0.001",
                                "l2",
                                "0.01")));
        specs.add(
                exercise("boston-3-9", Map.of("kfold", "3", "optimizer", "sgd", "patience", "3")));
        specs.add(
                exercise(
                        "playground-1-12",
                        Map.of("toy", "spiral", "features", "x1, x2, x1x2, sin1, sin2")));
        StringBuilder script = new StringBuilder("import nbformat\n");
        for (int i = 0; i < specs.size(); i++) {
            Path file = dir.resolve("notebook" + i + ".ipynb");
            Files.writeString(file, KerasNotebook.of(specs.get(i), TEXT));
            script.append(
                    """
                    notebook = nbformat.read(%s, as_version=4)
                    nbformat.validate(notebook)
                    code = [c for c in notebook.cells if c.cell_type == "code"]
                    for c in code:
                        compile(c.source, %s, "exec")
                    print(%s, len(notebook.cells), len(code))
                    """
                            .formatted(
                                    pythonString(file.toString()),
                                    pythonString(specs.get(i).dataset()),
                                    pythonString(specs.get(i).dataset())));
        }
        SystemPython.Result result = SystemPython.run(script.toString());
        assertEquals(0, result.exitCode(), result.output());
        assertEquals(specs.size(), result.output().lines().count(), result.output());
    }

    private static String pythonString(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    @Test
    void cellsNameTheLessonThenLoadBuildFitAndEvaluateTheFormsSettings() throws Exception {
        List<JsonNode> cells =
                cells(
                        KerasNotebook.of(
                                exercise(
                                        "mnist-1-5",
                                        Map.of(
                                                "optimizer",
                                                "adam",
                                                "learning_rate",
                                                "0.01",
                                                "dropout",
                                                "0.5",
                                                "validation_split",
                                                "0.2",
                                                "epochs",
                                                "7")),
                                TEXT));
        assertEquals("markdown", cells.get(0).get("cell_type").asText());
        assertEquals("# Lección 9.9: prueba\n\nIntro *en markdown*.", source(cells.get(0)));
        assertTrue(
                source(cells.get(1)).contains("keras.utils.set_random_seed(42)"),
                source(cells.get(1)));
        assertTrue(codeAfter(cells, "Datos").contains("keras.datasets.mnist.load_data()"));
        String model = codeAfter(cells, "Modelo");
        assertTrue(model.contains("keras.optimizers.Adam(learning_rate=0.01)"), model);
        assertTrue(model.contains("layers.Dropout(0.5)"), model);
        String fit = codeAfter(cells, "Entrenamiento");
        assertTrue(fit.contains("epochs=7, batch_size=128"), fit);
        assertTrue(fit.contains("validation_split=0.2"), fit);
        assertTrue(
                codeAfter(cells, "Evaluación")
                        .startsWith(
                                "test_loss, test_acc = model.evaluate(test_images, test_labels)"));

        String plain = KerasNotebook.of(exercise("mnist-1-5", Map.of()), TEXT);
        assertFalse(plain.contains("Dropout"), plain);
        assertFalse(plain.contains("validation_split"), plain);
        assertTrue(plain.contains("keras.optimizers.RMSprop(learning_rate=0.001)"), plain);
    }

    @Test
    void aDataNoteGetsItsOwnCellBeforeTheDataAndFashionMnistLoadsFromKeras() throws Exception {
        NotebookText noted =
                new NotebookText(
                        "T", "I", "Datos", "Keras tiene 11,228 artículos.", "", "M", "F", "E");
        List<JsonNode> cells = cells(KerasNotebook.of(exercise("reuters-3-7", Map.of()), noted));
        int heading = -1;
        for (int i = 0; i < cells.size(); i++) {
            if (source(cells.get(i)).equals("## Datos")) {
                heading = i;
            }
        }
        assertEquals("Keras tiene 11,228 artículos.", source(cells.get(heading + 1)));
        assertTrue(
                source(cells.get(heading + 2))
                        .contains("keras.datasets.reuters.load_data(num_words=10000)"));

        ExerciseDefinition fashion =
                course.exercises().stream()
                        .filter(e -> e.dataset().equals("fashion-mnist"))
                        .findFirst()
                        .orElseThrow();
        String notebook = KerasNotebook.of(exercise(fashion.id(), Map.of()), TEXT);
        assertTrue(notebook.contains("keras.datasets.fashion_mnist.load_data()"), notebook);
    }

    /**
     * The notebook draws the playground's points with the same recipe and seed as data.Toy2d and cuts them as
     * data.TrainTestSplit does: its arrays are the ones the server trains on, for every shape.
     */
    @Test
    void thePlaygroundsPointsAndCutInTheNotebookAreTheServersOwn() throws Exception {
        assumeTrue(
                SystemPython.has("numpy"),
                "Debian's python3-numpy is not installed for /usr/bin/python3");
        for (Toy2dKind kind : Toy2dKind.values()) {
            NetworkSpec spec =
                    exercise(
                            "playground-1-12",
                            Map.of(
                                    "toy",
                                    kind.key(),
                                    "points",
                                    "101",
                                    "noise",
                                    "0.3",
                                    "train_ratio",
                                    "0.7",
                                    "seed",
                                    "5",
                                    "features",
                                    "x1, x2, x1sq"));
            KerasProgram program = KerasCode.program(spec);
            String script =
                    "import json\nimport numpy as np\n"
                            + program.generator()
                            + "\n"
                            + program.data()
                            + """
                    print(json.dumps([x_train.tolist(), y_train.tolist(), x_test.tolist(), y_test.tolist()]))
                    """;
            SystemPython.Result result = SystemPython.run(script);
            assertEquals(0, result.exitCode(), kind + ":\n" + result.output());
            JsonNode arrays = JSON.readTree(result.output());
            var data = spec.playground().orElseThrow().exerciseData();
            assertSame(kind + " train", (TensorDataset) data.train(), arrays.get(0), arrays.get(1));
            assertSame(kind + " test", (TensorDataset) data.test(), arrays.get(2), arrays.get(3));
        }
    }

    private static void assertSame(
            String what, TensorDataset expected, JsonNode features, JsonNode labels) {
        float[][] x = expected.features().toFloatMatrix();
        float[] y = expected.labels().reshape(-1).toFloatVector();
        assertEquals(x.length, features.size(), what + " rows");
        for (int i = 0; i < x.length; i++) {
            assertEquals(y[i], labels.get(i).floatValue(), what + " label of row " + i);
            for (int c = 0; c < x[i].length; c++) {
                // x1² is squared in float32 by numpy, in double then rounded by the server: one ulp
                // apart at most
                assertEquals(
                        x[i][c],
                        features.get(i).get(c).floatValue(),
                        1e-6,
                        what + " row " + i + " column " + c);
            }
        }
    }
}
