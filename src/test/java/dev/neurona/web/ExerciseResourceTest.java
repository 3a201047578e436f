package dev.neurona.web;

import static dev.neurona.support.Csrf.given;
import static dev.neurona.support.ExerciseRuns.EXERCISE;
import static dev.neurona.support.ExerciseRuns.RUNS;
import static dev.neurona.support.ExerciseRuns.RUN_PANEL;
import static dev.neurona.support.ExerciseRuns.awaitHistory;
import static dev.neurona.support.ExerciseRuns.fieldError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.nn.Activation;
import dev.neurona.nn.DenseLayerSpec;
import dev.neurona.nn.Loss;
import dev.neurona.nn.ModelFiles;
import dev.neurona.nn.NetworkFactory;
import dev.neurona.nn.NetworkSpec;
import dev.neurona.nn.Optimizer;
import dev.neurona.support.Form;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The exercise endpoints over HTTP: form validation with field errors, runs, summary, pages, images, uploads. */
@QuarkusTest
class ExerciseResourceTest {

    @jakarta.inject.Inject dev.neurona.lesson.CourseContent content;

    static final Pattern LAYER_ROW = Pattern.compile("(?s)<li class=\"layer-row\">(.*?)</li>");

    static Response post(Form form) {
        return form.request().post(RUNS);
    }

    static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            n++;
        }
        return n;
    }

    static List<String> layerRows(String html) {
        List<String> rows = new ArrayList<>();
        // the <template> of a new row comes after the real rows
        int template = html.indexOf("<template");
        Matcher m = LAYER_ROW.matcher(template < 0 ? html : html.substring(0, template));
        while (m.find()) {
            rows.add(m.group(1));
        }
        return rows;
    }

    static void assertRefusedForm(Response response) {
        assertEquals(422, response.statusCode(), response.asString());
        assertEquals("#form-" + EXERCISE, response.header("HX-Retarget"));
        assertEquals("outerHTML", response.header("HX-Reswap"));
        String html = response.asString();
        assertTrue(html.startsWith("<form id=\"form-" + EXERCISE + "\""), html);
        assertTrue(html.contains("class=\"form-alert\""), html);
        assertFalse(RUN_PANEL.matcher(html).find(), "a refused form must not start a run: " + html);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "epochs|cinco|«cinco» no es un número.",
                "epochs|-1|Debe ser al menos 1.",
                "epochs|0|Debe ser al menos 1.",
                "epochs|2.5|«2.5» no es un número entero.",
                "epochs|100000|Como máximo 1000.",
                "epochs||Este campo es obligatorio.",
                "batch_size|abc|«abc» no es un número.",
                "batch_size|-512|Debe ser al menos 1.",
                "batch_size|0|Debe ser al menos 1.",
                "batch_size|99999999|Como máximo 8192.",
                "learning_rate|rapido|«rapido» no es un número.",
                "learning_rate|-0.1|Debe ser al menos 0.000001.",
                "learning_rate|0|Debe ser al menos 0.000001.",
                "learning_rate|NaN|«NaN» no es un número.",
                "learning_rate|1e9|Como máximo 10.",
                "validation_split|-0.1|Debe ser al menos 0.",
                "validation_split|0.9|Como máximo 0.5.",
                "seed|-1|Debe ser al menos 0.",
                "seed|semilla|«semilla» no es un número.",
                "seed|99999999999|Como máximo 2147483647.",
                "optimizer|adagrad|«adagrad» no es una opción válida.",
                "output|swish|«swish» no es una opción válida.",
                "loss|hinge|«hinge» no es una opción válida.",
                "loss|binary_crossentropy|binary_crossentropy no encaja con una salida softmax",
            })
    void aBadFieldIsMarkedAndNothingRuns(String key, String value, String message) {
        Response response = post(Form.small().set(key, value == null ? "" : value));
        assertRefusedForm(response);
        String html = response.asString();
        String error = fieldError(html, key);
        assertNotNull(error, "no .field-error for " + key + " in " + html);
        assertTrue(error.contains(message), error);
        assertEquals(
                1, count(html, "class=\"field-error\""), "only the bad field is marked: " + html);
        assertTrue(html.contains("aria-invalid=\"true\""), html);
    }

    @Test
    void theLearnersValuesComeBackInTheRefusedForm() {
        String html =
                post(Form.small()
                                .set("epochs", "cinco")
                                .set("batch_size", "64")
                                .set("optimizer", "adam"))
                        .asString();
        assertTrue(html.contains("name=\"epochs\" value=\"cinco\""), html);
        assertTrue(html.contains("name=\"batch_size\" value=\"64\""), html);
        assertTrue(html.contains("<option value=\"adam\" selected>adam</option>"), html);
        assertTrue(html.contains("name=\"hidden_units\" value=\"16\""), html);
    }

    @Test
    void everyBadFieldIsMarkedAtOnce() {
        Response response =
                post(
                        Form.small()
                                .set("epochs", "x")
                                .set("batch_size", "0")
                                .set("optimizer", "adagrad"));
        assertRefusedForm(response);
        String html = response.asString();
        assertNotNull(fieldError(html, "epochs"), html);
        assertNotNull(fieldError(html, "batch_size"), html);
        assertNotNull(fieldError(html, "optimizer"), html);
        assertEquals(3, count(html, "class=\"field-error\""), html);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "100000|relu|Como máximo 4096.",
                "muchas|relu|«muchas» no es un número.",
                "-3|relu|Debe ser al menos 1.",
                "0|relu|Debe ser al menos 1.",
                "16|swish|«swish» no es una opción válida.",
                "16|softmax|«softmax» no es una opción válida.",
            })
    void aBadLayerIsMarkedInsideItsRow(String units, String activation, String message) {
        Form form = Form.small();
        form.fields.put("hidden_units", List.of("32", units));
        form.fields.put("hidden_activation", List.of("tanh", activation));
        Response response = post(form);
        assertRefusedForm(response);
        List<String> rows = layerRows(response.asString());
        assertEquals(2, rows.size(), response.asString());
        assertFalse(
                rows.get(0).contains("field-error"),
                "the good first layer is not marked: " + rows.get(0));
        assertTrue(rows.get(1).contains("class=\"field-error\""), rows.get(1));
        assertTrue(rows.get(1).contains(message), rows.get(1));
        assertEquals(1, count(response.asString(), "class=\"field-error\""), response.asString());
    }

    @Test
    void anEmptyLayerFieldIsRequired() {
        Form form = Form.small();
        form.fields.put("hidden_units", List.of(""));
        Response response = post(form);
        assertRefusedForm(response);
        List<String> rows = layerRows(response.asString());
        assertEquals(1, rows.size(), response.asString());
        assertTrue(rows.get(0).contains("Este campo es obligatorio."), rows.get(0));
    }

    @Test
    void unitsWithASpaceAreRefusedAndShownAsTyped() {
        Form form = Form.small();
        form.fields.put("hidden_units", List.of("1 6"));
        Response response = post(form);
        assertRefusedForm(response);
        List<String> rows = layerRows(response.asString());
        assertEquals(1, rows.size(), response.asString());
        assertTrue(
                rows.get(0).contains("<option value=\"relu\" selected>relu</option>"), rows.get(0));
        assertTrue(rows.get(0).contains("«1 6»"), rows.get(0));
    }

    @Test
    void nineHiddenLayersAreTooMany() {
        Response response = post(Form.small().layers(9, "8", "relu"));
        assertRefusedForm(response);
        String error = fieldError(response.asString(), "hidden");
        assertNotNull(error, response.asString());
        assertTrue(error.contains("Como máximo 8 capas ocultas."), error);
    }

    @Test
    void eightHiddenLayersAreFine() {
        // 784·8+8 + 7·(8·8+8) + 8·10+10
        assertEquals("6,874 parámetros entrenables", summary(Form.small().layers(8, "8", "relu")));
    }

    @Test
    void twoLayersOf4096HaveTooManyParameters() {
        Response response = post(Form.small().layers(2, "4096", "relu"));
        assertRefusedForm(response);
        String error = fieldError(response.asString(), "hidden");
        assertNotNull(error, response.asString());
        // 784·4096+4096 + 4096·4096+4096 + 4096·10+10
        assertTrue(error.contains("20,037,642"), error);
        assertTrue(error.contains("5,000,000"), error);
    }

    @Test
    void aRefusedFormQueuesNothing() {
        String learner = UUID.randomUUID().toString();
        Response refused =
                Form.small()
                        .set("epochs", "0")
                        .request()
                        .cookie(CurrentLearner.COOKIE, learner)
                        .post(RUNS);
        assertEquals(422, refused.statusCode());
        String history =
                given().cookie(CurrentLearner.COOKIE, learner)
                        .get("/exercises/" + EXERCISE + "/history")
                        .asString();
        assertTrue(history.contains("Todavía no has entrenado"), history);
        assertFalse(history.contains("history-table"), history);
    }

    @Test
    void aSmallValidConfigurationStartsARun() {
        Response response = post(Form.small());
        assertEquals(201, response.statusCode(), response.asString());
        String html = response.asString();
        Matcher panel = RUN_PANEL.matcher(html);
        assertTrue(panel.find(), html);
        String runId = panel.group(1);
        assertEquals(runId, UUID.fromString(runId).toString());
        assertTrue(html.contains("data-epochs=\"1\""), html);
        URI location = URI.create(response.header("Location"));
        assertEquals("/lessons/1.5", location.getPath());
        assertEquals("run=" + runId, location.getQuery());
        // the clean form comes back out of band, without the errors of an earlier attempt
        assertTrue(html.contains("hx-swap-oob=\"true\""), html);
        assertFalse(html.contains("field-error"), html);
        // a request without the cookie is a new learner, who gets one
        String cookie = response.cookie(CurrentLearner.COOKIE);
        assertNotNull(cookie);
        assertEquals(cookie, UUID.fromString(cookie).toString());
    }

    @Test
    void theOwnerCanStopARunAndNobodyElseCan() {
        String owner = UUID.randomUUID().toString();
        Response started =
                Form.small()
                        .set("epochs", "50")
                        .request()
                        .cookie(CurrentLearner.COOKIE, owner)
                        .post(RUNS);
        assertEquals(201, started.statusCode(), started.asString());
        Matcher panel = RUN_PANEL.matcher(started.asString());
        assertTrue(panel.find());
        String runId = panel.group(1);

        given().cookie(CurrentLearner.COOKIE, UUID.randomUUID().toString())
                .post("/runs/" + runId + "/cancel")
                .then()
                .statusCode(404);
        given().post("/runs/" + runId + "/cancel").then().statusCode(404);
        given().cookie(CurrentLearner.COOKIE, owner)
                .post("/runs/" + runId + "/cancel")
                .then()
                .statusCode(202);

        String history = awaitHistory(owner, "state-cancelled");
        assertTrue(history.contains("?run=" + runId), history);
        assertEquals(1, count(history, "<tr>") - 1, history);
    }

    @Test
    void cancellingAnUnknownRunIs404() {
        given().cookie(CurrentLearner.COOKIE, UUID.randomUUID().toString())
                .post("/runs/" + UUID.randomUUID() + "/cancel")
                .then()
                .statusCode(404);
    }

    @Test
    void aModelOfAnUnknownOrMalformedRunIs404NotAServerError() {
        given().get("/runs/" + UUID.randomUUID() + "/model").then().statusCode(404);
        given().get("/runs/not-a-run-id/model").then().statusCode(404);
        given().get("/runs/not-a-run-id/events").then().statusCode(404);
        given().get("/runs/not-a-run-id/panel").then().statusCode(404);
    }

    @Test
    void anUnknownExerciseIs404() {
        assertEquals(
                404, Form.small().request().post("/exercises/no-such-exercise/runs").statusCode());
        assertEquals(
                404,
                Form.small().request().post("/exercises/no-such-exercise/summary").statusCode());
        assertEquals(404, given().get("/exercises/no-such-exercise/history").statusCode());
    }

    private static String summary(Form form) {
        Response response = form.request().post("/exercises/" + EXERCISE + "/summary");
        assertEquals(200, response.statusCode());
        return response.asString().trim();
    }

    @Test
    void summaryCountsTheParametersOfTheFormsNetwork() {
        assertEquals(
                "407,050 parámetros entrenables", summary(Form.small().layers(1, "512", "relu")));
        // 784·16+16 + 16·10+10
        assertEquals("12,730 parámetros entrenables", summary(Form.small()));
        // no hidden layer at all: 784·10+10
        Form none = Form.small();
        none.fields.remove("hidden_units");
        none.fields.remove("hidden_activation");
        assertEquals("7,850 parámetros entrenables", summary(none));
        assertEquals("", summary(Form.small().set("epochs", "0")));
    }

    @Test
    void theCourseMapListsEveryLesson() {
        Response response = given().get("/");
        assertEquals(200, response.statusCode());
        assertTrue(response.contentType().startsWith("text/html"), response.contentType());
        String html = response.asString();
        assertEquals(
                content.catalog().lessons().size(), count(html, "<li class=\"lesson-item"), html);
        assertTrue(content.catalog().lessons().size() >= 29, "the syllabus has 29 lessons");
        long unwritten = content.catalog().lessons().stream().filter(l -> !l.isWritten()).count();
        assertEquals(unwritten, count(html, "<li class=\"lesson-item pending\""), html);
        assertTrue(html.contains("href=\"/lessons/1.10\""), html);
        assertTrue(html.contains("Datos: entrenamiento, validación y prueba"), html);
        assertTrue(
                html.indexOf("href=\"/lessons/1.9\"") < html.indexOf("href=\"/lessons/1.10\""),
                html);
    }

    @Test
    void lesson14ShowsTheModelSummaryAndTheRealShapes() {
        Response response = given().get("/lessons/1.4");
        assertEquals(200, response.statusCode());
        String html = response.asString();
        String summary = between(html, "<figure class=\"model-summary\">", "</figure>");
        assertTrue(summary.contains("<td class=\"num total-parameters\">407,050</td>"), summary);
        String shapes = between(html, "<figure class=\"mnist-shapes\">", "</figure>");
        assertTrue(shapes.contains("<code>(60000, 28, 28)</code>"), shapes);
        assertTrue(shapes.contains("<code>(10000, 28, 28)</code>"), shapes);
        assertTrue(html.contains("src=\"/datasets/mnist/train/0.png\""), "the mnist-samples grid");
        assertTrue(html.contains("class=\"math math-display\""), "display math of the lesson");
        assertTrue(html.contains("href=\"/lessons/1.3\" rel=\"prev\""), html);
        assertTrue(html.contains("href=\"/lessons/1.5\" rel=\"next\""), html);
    }

    @Test
    void lesson15HasTheExerciseFormAndTheUploadForm() {
        String html = given().get("/lessons/1.5").then().statusCode(200).extract().asString();
        assertTrue(html.contains("<form id=\"form-" + EXERCISE + "\""), html);
        assertTrue(html.contains("<form id=\"upload-" + EXERCISE + "\""), html);
        assertTrue(
                html.contains("name=\"batch_size\" value=\"128\""),
                "the lesson's defaults fill the form");
    }

    @Test
    void anUnwrittenLessonSaysSoAndAnUnknownOneIs404() {
        content.catalog().lessons().stream()
                .filter(l -> !l.isWritten())
                .findFirst()
                .ifPresent(
                        lesson -> {
                            String html =
                                    given().get("/lessons/" + lesson.id())
                                            .then()
                                            .statusCode(200)
                                            .extract()
                                            .asString();
                            assertTrue(html.contains("Esta lección aún no está escrita"), html);
                        });
        given().get("/lessons/9.9").then().statusCode(404);
        given().get("/lessons/1.99").then().statusCode(404);
    }

    static String between(String html, String start, String end) {
        int from = html.indexOf(start);
        assertTrue(from >= 0, "no " + start);
        return html.substring(from, html.indexOf(end, from) + end.length());
    }

    @Test
    void digitsAreServedAsPngImages() throws IOException {
        Response response = given().get("/datasets/mnist/train/0.png");
        assertEquals(200, response.statusCode());
        assertEquals("image/png", response.contentType());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.asByteArray()));
        assertNotNull(image);
        assertEquals(28, image.getWidth());
        assertEquals(28, image.getHeight());
        assertEquals(200, given().get("/datasets/mnist/test/9999.png").statusCode());
    }

    @Test
    void digitsOutsideTheDatasetAre404() {
        assertEquals(404, given().get("/datasets/mnist/train/99999.png").statusCode());
        assertEquals(404, given().get("/datasets/mnist/train/60000.png").statusCode());
        assertEquals(404, given().get("/datasets/mnist/test/10000.png").statusCode());
        assertEquals(404, given().get("/datasets/mnist/train/100000.png").statusCode());
        assertEquals(404, given().get("/datasets/mnist/validation/0.png").statusCode());
    }

    private static Response upload(byte[] bytes) {
        return given().multiPart("model", "model.zip", bytes, "application/zip")
                .post("/exercises/" + EXERCISE + "/evaluations");
    }

    private static void assertRefusedUpload(Response response, String message) {
        assertEquals(422, response.statusCode(), response.asString());
        assertEquals("#upload-" + EXERCISE, response.header("HX-Retarget"));
        String error = fieldError(response.asString(), "model");
        assertNotNull(error, response.asString());
        assertTrue(error.contains(message), error);
    }

    @Test
    void uploadingGarbageIsNotAModel() {
        assertRefusedUpload(
                upload("this is not a zip".getBytes(StandardCharsets.UTF_8)),
                "No es un modelo de DL4J");
    }

    @Test
    void uploadingAZipWithoutAModelIsNotAModel() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("notes.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertRefusedUpload(upload(bytes.toByteArray()), "No es un modelo de DL4J");
    }

    @Test
    void anEmptyUploadIsRefused() {
        assertRefusedUpload(upload(new byte[0]), "Elige un archivo .zip.");
        Response noFile =
                given().multiPart("other", "x").post("/exercises/" + EXERCISE + "/evaluations");
        assertRefusedUpload(noFile, "Elige un archivo .zip.");
    }

    @Test
    void aModelOfOtherShapeIsRefused(@TempDir Path dir) throws IOException {
        NetworkSpec spec =
                new NetworkSpec(
                        "other",
                        4,
                        List.of(new DenseLayerSpec(3, Activation.RELU)),
                        2,
                        Activation.SOFTMAX,
                        Loss.CATEGORICAL_CROSSENTROPY,
                        Optimizer.SGD,
                        0.1,
                        1,
                        1,
                        0,
                        1);
        Path file = dir.resolve("small.zip");
        ModelFiles.save(NetworkFactory.build(spec), file);
        Response response = upload(Files.readAllBytes(file));
        assertRefusedUpload(response, "Este modelo no sirve para MNIST");
        assertTrue(fieldError(response.asString(), "model").contains("4→2"), response.asString());
    }

    @Test
    void anUntrainedMnistModelIsEvaluated(@TempDir Path dir) throws IOException {
        NetworkSpec spec =
                new NetworkSpec(
                        "mnist",
                        784,
                        List.of(),
                        10,
                        Activation.SOFTMAX,
                        Loss.CATEGORICAL_CROSSENTROPY,
                        Optimizer.SGD,
                        0.1,
                        1,
                        32,
                        0,
                        7);
        Path file = dir.resolve("untrained.zip");
        ModelFiles.save(NetworkFactory.build(spec), file);
        Response response = upload(Files.readAllBytes(file));
        assertEquals(200, response.statusCode(), response.asString());
        String html = response.asString();
        assertTrue(html.contains("Modelo cargado: 7,850 parámetros."), html);
        assertTrue(html.contains("sobre las 10000 imágenes de prueba"), html);
        Matcher accuracy =
                Pattern.compile("class=\"metric-value uploaded-accuracy\">([0-9.]+)<")
                        .matcher(html);
        assertTrue(accuracy.find(), html);
        double value = Double.parseDouble(accuracy.group(1));
        assertTrue(value >= 0 && value < 0.5, "an untrained network is close to chance: " + value);
    }
}
