package dev.neurona.web;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.support.Classroom;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Open event streams have a ceiling per learner and per address, refused with a message and freed when they close. */
@QuarkusTest
@TestProfile(StreamLimitsTest.TightStreams.class)
class StreamLimitsTest {

    /** A server whose stream ceilings a test can reach with a handful of connections. */
    public static class TightStreams implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "neurona.streams.per-learner", "2",
                    "neurona.streams.per-address", "3",
                    "neurona.workers.full-warm-up", "false");
        }
    }

    @TestHTTPResource("/")
    URL base;

    private final List<Stream<String>> open = new ArrayList<>();

    @AfterEach
    void closeStreams() {
        open.forEach(Stream::close);
        await("every stream of the test is closed on the server")
                .atMost(Duration.ofSeconds(20))
                .until(
                        () ->
                                given().get("/q/metrics")
                                        .asString()
                                        .contains("neurona_streams_open 0.0"));
    }

    @Test
    void aLearnerBeyondTheirCeilingIsRefusedWithAMessageUntilAStreamCloses() throws Exception {
        String learner = member("Lía");
        HttpResponse<Stream<String>> first = live(learner);
        assertEquals(200, live(learner).statusCode());
        assertEquals(200, first.statusCode());

        HttpResponse<Stream<String>> third = live(learner);
        assertEquals(429, third.statusCode());
        assertEquals("30", third.headers().firstValue("Retry-After").orElse(""));
        String reason = String.join("\n", third.body().toList());
        assertTrue(reason.contains("demasiadas pestañas"), reason);

        String notice =
                given().cookie(CurrentLearner.COOKIE, learner)
                        .get("/me/streams")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        assertTrue(
                notice.contains("notice error") && notice.contains("demasiadas pestañas"), notice);

        first.body().close();
        await("the closed stream's place is free")
                .atMost(Duration.ofSeconds(20))
                .until(
                        () ->
                                given().cookie(CurrentLearner.COOKIE, learner)
                                                .get("/me/streams")
                                                .statusCode()
                                        == 204);
        assertEquals(200, live(learner).statusCode());
    }

    @Test
    void freshCookiesFromOneAddressMeetTheAddressCeiling() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertEquals(200, live(member("Ana " + i)).statusCode());
        }
        HttpResponse<Stream<String>> refused = live(member("Otra"));
        assertEquals(429, refused.statusCode());
        String reason = String.join("\n", refused.body().toList());
        assertTrue(reason.contains("desde tu red"), reason);
    }

    /** A learner of a new class: their live channel stays open until they close it. */
    private static String member(String name) {
        String session = Classroom.instructorSession();
        String classId = Classroom.createClass(session, "Aula " + name);
        String learner = UUID.randomUUID().toString();
        assertEquals(
                200,
                Classroom.join(learner, Classroom.joinCode(session, classId), name).statusCode());
        return learner;
    }

    private HttpResponse<Stream<String>> live(String learner) throws Exception {
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(base + "me/live"))
                        .header("Accept", "text/event-stream")
                        .header("Cookie", CurrentLearner.COOKIE + "=" + learner)
                        .GET()
                        .build();
        HttpResponse<Stream<String>> response =
                HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines());
        open.add(response.body());
        return response;
    }
}
