package dev.neurona.web;

import static dev.neurona.support.Csrf.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.support.Classroom;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The learner's live channel: a message sent while a page was between loading its banner and connecting is not lost. */
@QuarkusTest
class ClassBannerLiveTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aMessageSentBeforeThePageConnectedArrivesAsTheFirstEvent() throws Exception {
        String session = Classroom.instructorSession();
        String classId = Classroom.createClass(session, "Aula banner");
        String code = Classroom.joinCode(session, classId);
        String learner = UUID.randomUUID().toString();
        assertEquals(200, Classroom.join(learner, code, "Eva").statusCode());

        given().cookie(CurrentInstructor.COOKIE, session).contentType("application/x-www-form-urlencoded")
                .formParam("text", "Abrid la lección 1.5").formParam("lesson", "1.5")
                .post("/instructor/classes/" + classId + "/broadcast").then().statusCode(200);

        List<String> first = firstEvent(learner);
        assertTrue(first.contains("event:broadcast") || first.contains("event: broadcast"), first.toString());
        String data = first.stream().filter(l -> l.startsWith("data:")).collect(Collectors.joining("\n"));
        assertTrue(data.contains("Abrid la lección 1.5") && data.contains("/lessons/1.5"), data);
    }

    @Test
    void aLearnerWithoutAClassGetsAnEmptyStream() throws Exception {
        HttpResponse<Stream<String>> response = open(UUID.randomUUID().toString());
        assertEquals(200, response.statusCode());
        try (Stream<String> lines = response.body()) {
            assertEquals(0, CompletableFuture.supplyAsync(() -> lines.filter(l -> l.startsWith("event:")).count())
                    .get(20, TimeUnit.SECONDS), "self-study has no class channel");
        }
    }

    /** The lines of the first event on the learner's live channel; fails rather than hang if none comes. */
    private List<String> firstEvent(String learner) throws Exception {
        HttpResponse<Stream<String>> response = open(learner);
        assertEquals(200, response.statusCode());
        try (Stream<String> lines = response.body()) {
            return CompletableFuture.supplyAsync(() -> {
                List<String> event = new java.util.ArrayList<>();
                var it = lines.iterator();
                while (it.hasNext()) {
                    String line = it.next();
                    if (line.isEmpty() && !event.isEmpty()) {
                        return event;
                    }
                    if (!line.isEmpty()) {
                        event.add(line);
                    }
                }
                return event;
            }).get(20, TimeUnit.SECONDS);
        }
    }

    private HttpResponse<Stream<String>> open(String learner) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "me/live")).header("Accept", "text/event-stream")
                .header("Cookie", CurrentLearner.COOKIE + "=" + learner).timeout(Duration.ofSeconds(20)).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines());
    }
}
