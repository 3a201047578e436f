package dev.neurona.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.support.Cookies;
import dev.neurona.support.ExerciseRuns;
import dev.neurona.support.Form;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Text answers travel compressed, event streams never do, and versioned static files are cached for a year. */
@QuarkusTest
class CompressionAndCachingTest {

    @TestHTTPResource("/")
    URL base;

    /** The answer as it travelled: RestAssured left undecoded, so Content-Encoding and the length are the wire's. */
    private static Response raw(String path) {
        return given().config(
                        RestAssuredConfig.config()
                                .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Encoding", "gzip")
                .get(path);
    }

    @Test
    void pagesStylesAndScriptsAreCompressedWhenTheBrowserAcceptsIt() {
        for (String path :
                new String[] {
                    "/lessons/1.5",
                    "/css/neurona.css?v=1",
                    "/js/neurona.js?v=1",
                    "/webjars/katex/0.16.47/dist/katex.min.js",
                    "/img/lessons/red-784-512-10.svg"
                }) {
            Response response = raw(path);
            assertEquals(200, response.statusCode(), path);
            assertEquals("gzip", response.header("Content-Encoding"), path);
        }
        int plain = given().get("/lessons/1.5").asString().getBytes(StandardCharsets.UTF_8).length;
        int gzipped = raw("/lessons/1.5").asByteArray().length;
        assertTrue(gzipped * 3 < plain, "lesson 1.5: " + gzipped + " bytes gzipped of " + plain);
    }

    @Test
    void versionedStaticFilesLiveAYearAndOthersAnHour() {
        assertEquals(
                AssetCaching.LONG_LIVED,
                given().get("/css/neurona.css?v=" + AssetVersion.version).header("Cache-Control"));
        assertEquals(
                AssetCaching.LONG_LIVED,
                given().get("/webjars/htmx.org/2.0.10/dist/htmx.min.js").header("Cache-Control"));
        String unversioned = given().get("/img/lessons/red-784-512-10.svg").header("Cache-Control");
        assertTrue(unversioned.contains("max-age=3600"), unversioned);
        assertNotEquals(
                AssetCaching.LONG_LIVED,
                given().get("/lessons/1.5?v=1").header("Cache-Control"),
                "a page is not a file");
        assertEquals(404, given().get("/css/missing.css?v=1").statusCode());
        assertNotEquals(
                AssetCaching.LONG_LIVED,
                given().get("/css/missing.css?v=1").header("Cache-Control"));
    }

    @Test
    void aRunsEventStreamIsNotCompressedSoEachEventLeavesAtOnce() throws Exception {
        String learner = UUID.randomUUID().toString();
        String runId = ExerciseRuns.startRun(ExerciseRuns.RUNS, learner, Form.small());
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(base + "runs/" + runId + "/events"))
                        .header("Accept", "text/event-stream")
                        .header("Accept-Encoding", "gzip")
                        .header("Cookie", Cookies.LEARNER + "=" + learner)
                        .timeout(Duration.ofSeconds(60))
                        .GET()
                        .build();
        HttpResponse<InputStream> response =
                client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (BufferedReader events =
                new BufferedReader(
                        new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            assertEquals(200, response.statusCode());
            assertTrue(
                    response.headers()
                            .firstValue("Content-Type")
                            .orElse("")
                            .startsWith("text/event-stream"));
            assertNull(
                    response.headers()
                            .firstValue("Content-Encoding")
                            .filter(e -> !e.equals("identity"))
                            .orElse(null));
            assertTrue(
                    events.readLine().matches("(event|id|data|retry|:).*"),
                    "the first event reads as text as soon as it is sent");
        }
        ExerciseRuns.awaitDone(base, runId, learner);
    }
}
