package dev.neurona.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.neurona.support.Csrf;
import dev.neurona.support.ExerciseRuns;
import dev.neurona.support.Form;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** A run's event stream read as raw server-sent events, as a browser's EventSource reads it. */
@QuarkusTest
class RunEventsTest {

    static final Duration TIMEOUT = Duration.ofSeconds(120);
    static final ObjectMapper JSON = new ObjectMapper();
    static final ExecutorService READERS = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "sse-test-reader");
        thread.setDaemon(true);
        return thread;
    });

    /** Who started each run: a stream is read as its learner, the only one the server lets read it. */
    private static final Map<String, String> OWNERS = new ConcurrentHashMap<>();

    @TestHTTPResource("/")
    URL base;

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** One server-sent event: its id, name and (joined) data lines. */
    record SseEvent(long id, String type, String data) {
        JsonNode json() {
            try {
                return JSON.readTree(data);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + data, e);
            }
        }
    }

    /** What a reader saw, and whether the server ended the stream (as opposed to the reader stopping). */
    record Read(List<SseEvent> events, boolean ended) {
        List<String> types() {
            return events.stream().map(SseEvent::type).toList();
        }

        List<SseEvent> ofType(String type) {
            return events.stream().filter(e -> e.type().equals(type)).toList();
        }

        SseEvent last() {
            return events.get(events.size() - 1);
        }
    }

    @AfterAll
    static void stopReaders() {
        READERS.shutdownNow();
    }

    /** Starts a run of the small configuration with some fields changed; returns its id. */
    static String startRun(String learner, String... keyValues) {
        Form form = Form.small();
        for (int i = 0; i < keyValues.length; i += 2) {
            form.set(keyValues[i], keyValues[i + 1]);
        }
        Response response = form.request().cookie(CurrentLearner.COOKIE, learner).post(ExerciseRuns.RUNS);
        assertEquals(201, response.statusCode(), response.asString());
        Matcher panel = ExerciseRuns.RUN_PANEL.matcher(response.asString());
        assertTrue(panel.find(), response.asString());
        OWNERS.put(panel.group(1), learner);
        return panel.group(1);
    }

    private HttpResponse<Stream<String>> open(String runId, String lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "runs/" + runId + "/events"))
                .header("Accept", "text/event-stream")
                .header("Cookie", CurrentLearner.COOKIE + "=" + OWNERS.get(runId))
                .timeout(Duration.ofSeconds(30))
                .GET();
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofLines());
    }

    /** Reads the whole stream, until the server ends it. */
    private Read readAll(String runId, String lastEventId) throws Exception {
        return read(runId, lastEventId, event -> false, TIMEOUT);
    }

    /**
     * Reads events until {@code stop} accepts one (then closes the stream) or the server ends it;
     * fails after {@code timeout} with what arrived so far, so a stuck stream never hangs the suite.
     */
    private Read read(String runId, String lastEventId, Predicate<SseEvent> stop, Duration timeout) throws Exception {
        HttpResponse<Stream<String>> response = open(runId, lastEventId);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"),
                response.headers().toString());
        List<SseEvent> events = new java.util.concurrent.CopyOnWriteArrayList<>();
        Stream<String> lines = response.body();
        Future<Boolean> reading = READERS.submit(() -> parse(lines, events, stop));
        try {
            boolean ended = reading.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new Read(List.copyOf(events), ended);
        } catch (TimeoutException e) {
            fail("the event stream of run " + runId + " did not end within " + timeout + "; got " + events);
            throw e;
        } finally {
            reading.cancel(true);
            lines.close();
        }
    }

    /** Parses SSE lines into events; true if the stream ended, false if {@code stop} ended the reading. */
    private static boolean parse(Stream<String> lines, List<SseEvent> events, Predicate<SseEvent> stop) {
        Iterator<String> it = lines.iterator();
        Long id = null;
        String type = "message";
        List<String> data = new ArrayList<>();
        while (it.hasNext()) {
            String line = it.next();
            if (line.isEmpty()) {
                if (id != null || !data.isEmpty()) {
                    SseEvent event = new SseEvent(id == null ? -1 : id, type, String.join("\n", data));
                    events.add(event);
                    if (stop.test(event)) {
                        return false;
                    }
                }
                id = null;
                type = "message";
                data = new ArrayList<>();
                continue;
            }
            if (line.startsWith(":")) {
                continue;
            }
            int colon = line.indexOf(':');
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1);
            if (value.startsWith(" ")) {
                value = value.substring(1);
            }
            switch (field) {
                case "id" -> id = Long.parseLong(value.trim());
                case "event" -> type = value;
                case "data" -> data.add(value);
                default -> { }
            }
        }
        return true;
    }

    private static void assertStrictlyIncreasing(List<SseEvent> events) {
        for (int i = 1; i < events.size(); i++) {
            assertTrue(events.get(i - 1).id() < events.get(i).id(), "ids must increase: " + events);
        }
    }

    @Test
    void aRunStreamsStatusBatchesEpochsResultAndDone() throws Exception {
        String runId = startRun(UUID.randomUUID().toString(), "epochs", "2", "validation_split", "0.1");
        Read read = readAll(runId, null);
        List<SseEvent> events = read.events();

        assertTrue(read.ended(), "the server ends the stream after done");
        assertStrictlyIncreasing(events);
        assertEquals(1, events.get(0).id(), "a new subscriber gets the run from its first event");
        assertEquals("status", events.get(0).type());
        assertTrue(events.get(0).data().contains("status-line"), events.get(0).data());

        assertEquals("done", read.last().type());
        assertEquals("finished", read.last().json().get("state").asText());
        assertEquals(1, read.ofType("done").size());
        List<String> types = read.types();
        assertEquals(1, read.ofType("result").size(), types.toString());
        assertTrue(types.indexOf("result") < types.indexOf("done"), types.toString());
        assertTrue(read.ofType("result").get(0).data().contains("class=\"metric-value test-accuracy\""));
        assertTrue(read.ofType(dev.neurona.runs.RunEvent.ERROR).isEmpty(), types.toString());

        // 60,000 examples less a validation tenth, in batches of 512: ceil(54,000 / 512) = 106 steps
        List<SseEvent> epochs = read.ofType("epoch");
        assertEquals(2, epochs.size(), types.toString());
        for (int i = 0; i < epochs.size(); i++) {
            JsonNode epoch = epochs.get(i).json();
            assertEquals(i + 1, epoch.get("epoch").asInt());
            assertEquals(2, epoch.get("epochs").asInt());
            assertEquals(106, epoch.get("steps").asInt());
            for (String key : List.of("loss", "accuracy", "val_loss", "val_accuracy")) {
                assertTrue(epoch.hasNonNull(key) && epoch.get(key).isNumber(), key + " in " + epoch);
            }
            assertTrue(epoch.get("loss").asDouble() > 0, epoch.toString());
            double valAccuracy = epoch.get("val_accuracy").asDouble();
            assertTrue(valAccuracy > 0.5 && valAccuracy <= 1, "16 relu units learn MNIST in an epoch: " + epoch);
        }

        List<SseEvent> batches = read.ofType("batch");
        assertFalse(batches.isEmpty(), types.toString());
        for (SseEvent batch : batches) {
            JsonNode b = batch.json();
            int epoch = b.get("epoch").asInt();
            // each batch comes after the previous epoch's summary and before its own
            long epochEnd = epochs.get(epoch - 1).id();
            assertTrue(batch.id() < epochEnd, batch + " after its epoch ended");
            if (epoch > 1) {
                assertTrue(batch.id() > epochs.get(epoch - 2).id(), batch + " before the previous epoch ended");
            }
            assertEquals(106, b.get("steps").asInt());
            assertTrue(b.get("step").asInt() >= 1 && b.get("step").asInt() <= 106, b.toString());
            assertTrue(b.hasNonNull("loss") && b.hasNonNull("accuracy"), b.toString());
        }
        // the chart always gets each epoch's last step, so its x axis reaches the epoch's end
        for (int epoch = 1; epoch <= 2; epoch++) {
            int e = epoch;
            assertTrue(batches.stream().map(SseEvent::json).anyMatch(b -> b.get("epoch").asInt() == e && b.get("step").asInt() == 106),
                    "no last step of epoch " + epoch);
        }
    }

    @Test
    void withoutValidationSplitTheValidationMetricsAreNull() throws Exception {
        String runId = startRun(UUID.randomUUID().toString());
        Read read = readAll(runId, null);
        SseEvent epoch = read.ofType("epoch").get(0);
        JsonNode json = epoch.json();
        assertTrue(json.has("val_loss") && json.get("val_loss").isNull(), json.toString());
        assertTrue(json.has("val_accuracy") && json.get("val_accuracy").isNull(), json.toString());
        // ceil(60,000 / 512) = 118 steps
        assertEquals(118, json.get("steps").asInt());
        assertEquals("done", read.last().type());
    }

    @Test
    void reconnectingWithLastEventIdReplaysOnlyLaterEvents() throws Exception {
        String runId = startRun(UUID.randomUUID().toString());
        List<SseEvent> all = readAll(runId, null).events();
        assertTrue(all.size() >= 4, all.toString());
        int middle = all.size() / 2;
        long lastSeen = all.get(middle).id();

        Read resumed = readAll(runId, Long.toString(lastSeen));
        assertTrue(resumed.ended());
        assertEquals(all.subList(middle + 1, all.size()), resumed.events());
        assertTrue(resumed.events().stream().allMatch(e -> e.id() > lastSeen));
        assertEquals("done", resumed.last().type());

        // a header that is not a number replays everything, as for a new subscriber
        assertEquals(all, readAll(runId, "not-a-number").events());
    }

    // --- stream behaviour that is wrong today (see the test report); enable once RunResource.stream is fixed ---

    @Test
    void replayingAFinishedRunLogsNoServerError() throws Exception {
        List<String> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    errors.add(record.getMessage() + " " + record.getThrown());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger("io.quarkus.vertx.http.runtime.QuarkusErrorHandler");
        logger.addHandler(handler);
        try {
            String runId = startRun(UUID.randomUUID().toString());
            Read live = readAll(runId, null);
            assertEquals("done", live.last().type());
            Read replay = readAll(runId, null);
            assertEquals(live.events(), replay.events());
            // the server logs the failure just after the client has had its events; nothing may be logged, and
            // an absence has no condition to wait for: a fixed wait, on purpose
            Thread.sleep(1000);
            assertEquals(List.of(), errors);
        } finally {
            logger.removeHandler(handler);
        }
    }

    @Test
    void reconnectingAfterDoneEndsTheStreamAtOnce() throws Exception {
        String runId = startRun(UUID.randomUUID().toString());
        Read all = readAll(runId, null);
        assertEquals("done", all.last().type());
        // what a browser's EventSource does when the server closes the stream: reconnect with the last id it saw
        Read again = read(runId, Long.toString(all.last().id()), event -> false, Duration.ofSeconds(10));
        assertTrue(again.ended());
        assertEquals(List.of(), again.events());
    }

    @Test
    void aSubscriberThatLeavesEarlyDoesNotStopTheRun() throws Exception {
        String learner = UUID.randomUUID().toString();
        String runId = startRun(learner, "epochs", "2", "batch_size", "256");
        Read early = read(runId, null, event -> event.type().equals("batch"), TIMEOUT);
        assertFalse(early.ended(), "the reader left at the first batch");
        assertEquals("batch", early.last().type());
        assertFalse(early.types().contains("done"));

        Read later = readAll(runId, null);
        assertTrue(later.types().contains("result"), later.types().toString());
        assertEquals("finished", later.last().json().get("state").asText());
        assertEquals(early.events(), later.events().subList(0, early.events().size()));

        String history = ExerciseRuns.awaitHistory(learner, "state-finished");
        assertTrue(history.contains("?run=" + runId), history);
    }

    @Test
    void aStoppedRunEndsCancelledWithoutResult() throws Exception {
        String learner = UUID.randomUUID().toString();
        String runId = startRun(learner, "epochs", "50", "batch_size", "256");
        Read running = read(runId, null, event -> event.type().equals("batch"), TIMEOUT);
        assertEquals("batch", running.last().type());

        Csrf.given().cookie(CurrentLearner.COOKIE, learner)
                .post("/runs/" + runId + "/cancel").then().statusCode(202);

        Read rest = readAll(runId, Long.toString(running.last().id()));
        assertTrue(rest.ended());
        assertEquals("done", rest.last().type());
        assertEquals("cancelled", rest.last().json().get("state").asText());
        assertFalse(rest.types().contains("result"), rest.types().toString());
        assertTrue(rest.ofType("epoch").size() < 50, "stopped long before the end: " + rest.types());
        assertTrue(rest.ofType("status").stream().anyMatch(e -> e.data().contains("state-cancelled")), rest.events().toString());
    }

    @Test
    void eventsOfAnUnknownRunAre404() throws Exception {
        HttpResponse<Stream<String>> response = open(UUID.randomUUID().toString(), null);
        try (Stream<String> body = response.body()) {
            assertEquals(404, response.statusCode());
        }
    }
}
