package dev.neurona.web;

import static dev.neurona.support.Csrf.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.neurona.support.Form;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** "Ejecútalo tú mismo" over HTTP: the form's current values as a notebook or a DL4J project, and what refuses them. */
@QuarkusTest
class TakeHomeResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String allSource(JsonNode notebook) {
        StringBuilder text = new StringBuilder();
        notebook.get("cells")
                .forEach(cell -> cell.get("source").forEach(line -> text.append(line.asText())));
        return text.toString();
    }

    @Test
    void theNotebookIsTheFormAsItStandsNamedAfterTheExerciseInTheLearnersLanguage()
            throws Exception {
        Form form =
                Form.small()
                        .set("optimizer", "adam")
                        .set("learning_rate", "0.005")
                        .set("validation_split", "0.1")
                        .layers(2, "32", "tanh");
        Response response = form.request().post("/exercises/mnist-1-5/notebook");
        assertEquals(200, response.statusCode(), response.asString());
        assertTrue(
                response.contentType().startsWith("application/x-ipynb+json"),
                response.contentType());
        assertEquals(
                "attachment; filename=\"neurona-mnist-1-5.ipynb\"",
                response.header("Content-Disposition"));
        JsonNode notebook = JSON.readTree(response.asByteArray());
        assertEquals(4, notebook.get("nbformat").asInt());
        String text = allSource(notebook);
        assertTrue(
                notebook.get("cells")
                        .get(0)
                        .get("source")
                        .get(0)
                        .asText()
                        .startsWith("# Lección 1.5: "),
                text);
        assertTrue(text.contains("## Evaluación con el conjunto de prueba"), text);
        assertTrue(text.contains("keras.optimizers.Adam(learning_rate=0.005)"), text);
        assertTrue(text.contains("layers.Dense(32, activation=\"tanh\")"), text);
        assertTrue(text.contains("validation_split=0.1"), text);

        Response english =
                form.request()
                        .cookie(Ui.LANGUAGE_COOKIE, "en")
                        .post("/exercises/mnist-1-5/notebook");
        String englishText = allSource(JSON.readTree(english.asByteArray()));
        assertTrue(englishText.startsWith("# Lesson 1.5: "), englishText);
        assertTrue(englishText.contains("## Evaluation on the test set"), englishText);
    }

    @Test
    void reutersNotebookSaysHowKerasDataDiffers() throws Exception {
        Response response =
                Form.small()
                        .set("output", "softmax")
                        .request()
                        .post("/exercises/reuters-3-7/notebook");
        assertEquals(200, response.statusCode(), response.asString());
        String text = allSource(JSON.readTree(response.asByteArray()));
        assertTrue(text.contains("11 228 artículos"), text);
        assertTrue(text.contains("8604 artículos de un solo tema"), text);
        assertTrue(text.contains("keras.datasets.reuters.load_data(num_words=10000)"), text);
    }

    @Test
    void theDl4jProjectIsAZipOfPomAndMain() throws Exception {
        Response response =
                Form.small()
                        .set("optimizer", "sgd")
                        .set("learning_rate", "0.05")
                        .request()
                        .post("/exercises/mnist-1-5/dl4j-project");
        assertEquals(200, response.statusCode(), response.asString());
        assertEquals("application/zip", response.contentType());
        assertEquals(
                "attachment; filename=\"neurona-mnist-1-5.zip\"",
                response.header("Content-Disposition"));
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream zip =
                new ZipInputStream(new ByteArrayInputStream(response.asByteArray()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(
                        entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        String main = entries.get("neurona-mnist-1-5/src/main/java/Main.java");
        assertTrue(main.contains("new Sgd(0.05)"), main);
        assertTrue(main.contains("new MnistDataSetIterator(60000, true, 42)"), main);
        assertTrue(main.contains(".nIn(784).nOut(16).activation(Activation.RELU)"), main);
        assertTrue(
                entries.get("neurona-mnist-1-5/pom.xml")
                        .contains("<artifactId>nd4j-native-platform</artifactId>"));
    }

    @Test
    void anInvalidFormOrDataDl4jCannotLoadIsANoticeNotAFile() {
        Response invalid =
                Form.small()
                        .set("learning_rate", "-1")
                        .request()
                        .post("/exercises/mnist-1-5/notebook");
        assertEquals(422, invalid.statusCode());
        assertTrue(invalid.contentType().startsWith("text/html"), invalid.contentType());
        assertEquals(null, invalid.header("Content-Disposition"));
        assertTrue(
                invalid.asString().contains("corrige antes estos: learning_rate: "),
                invalid.asString());

        Response project =
                Form.small()
                        .set("epochs", "many")
                        .request()
                        .post("/exercises/mnist-1-5/dl4j-project");
        assertEquals(422, project.statusCode());

        Response imdb = Form.small().request().post("/exercises/imdb-3-3/dl4j-project");
        assertEquals(404, imdb.statusCode());
        assertTrue(imdb.asString().contains("DL4J no carga estos datos"), imdb.asString());

        assertEquals(
                404,
                Form.small().request().post("/exercises/no-such-exercise/notebook").statusCode());
    }

    /** XOR's and Boston's lessons, whose small data load fast: a project for the one DL4J can draw, not the other. */
    @Test
    void theExerciseOffersTheProjectOnlyWhereDl4jLoadsTheData() {
        String xor = given().get("/lessons/1.6").asString();
        assertTrue(xor.contains("data-url=\"/exercises/xor-1-6/notebook\""), "no notebook button");
        assertTrue(
                xor.contains("data-url=\"/exercises/xor-1-6/dl4j-project\""), "no project button");
        assertTrue(xor.contains("Ejecútalo tú mismo"));
        String boston = given().get("/lessons/3.9").asString();
        assertTrue(
                boston.contains("data-url=\"/exercises/boston-3-9/notebook\""),
                "no notebook button");
        assertFalse(boston.contains("/exercises/boston-3-9/dl4j-project"), "a project for Boston");
    }
}
