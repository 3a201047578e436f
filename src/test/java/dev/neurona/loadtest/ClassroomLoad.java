package dev.neurona.loadtest;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A class on loopback: N learners join, hold their live stream, visit a lesson and train one small
 * run each while the instructor's dashboard is open; optionally the server is restarted halfway.
 * Prints runs completed/failed, queue wait p50/p95, SSE events lost, server peak RSS and errors.
 * Run it with {@code ./neurona loadtest} (see docs/benchmarks.md).
 */
public final class ClassroomLoad {

    private static final Pattern RUN_ID = Pattern.compile("/runs/([0-9a-f-]{36})/events");
    private static final String PASSWORD = "load-test-password";

    private final int learners = Integer.getInteger("learners", 40);
    private final boolean restart = Boolean.parseBoolean(System.getProperty("restart", "true"));
    private final ClassMix mix = ClassMix.named(System.getProperty("mix", "mnist"));
    private final ServerProcess server;

    private final AtomicInteger submitted = new AtomicInteger();
    private final AtomicInteger finished = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger interrupted = new AtomicInteger();
    private final AtomicInteger reran = new AtomicInteger();
    private final AtomicLong lostEvents = new AtomicLong();
    private final AtomicLong runEvents = new AtomicLong();
    private final AtomicLong dashboardEvents = new AtomicLong();
    private final AtomicLong learnerStreamsOpen = new AtomicLong();
    private final List<Long> queueWaitsMs = Collections.synchronizedList(new ArrayList<>());
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, String> finishedRuns = new ConcurrentHashMap<>();
    private volatile boolean serverDown;
    private volatile boolean over;

    private ClassroomLoad(ServerProcess server) {
        this.server = server;
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(System.getProperty("jar", "target/quarkus-app/quarkus-run.jar"));
        Path data = Files.createTempDirectory("neurona-load-");
        int port = Integer.getInteger("port", 18_080);
        ServerProcess server =
                new ServerProcess(
                        jar,
                        data,
                        port,
                        ServerProcess.jvmOptions(System.getProperty("jvm", "")),
                        Map.of(
                                "NEURONA_INSTRUCTOR_PASSWORD",
                                PASSWORD,
                                "NEURONA_CLASSROOM_ATTEMPTS_PER_MINUTE",
                                "1000"));
        ClassroomLoad load = new ClassroomLoad(server);
        long start = System.nanoTime();
        server.start();
        try {
            load.run();
        } finally {
            load.over = true;
            server.stop();
        }
        load.report(Duration.ofNanos(System.nanoTime() - start), data);
        System.exit(load.errors.isEmpty() && load.lostEvents.get() == 0 ? 0 : 1);
    }

    private void run() throws Exception {
        Browserless instructor = new Browserless(server);
        instructor.get("/instructor");
        expect(
                instructor.post(
                        "/instructor/login",
                        Map.of("username", "instructor", "password", PASSWORD)),
                200,
                "instructor sign-in");
        HttpResponse<String> created =
                instructor.post(
                        "/instructor/classes",
                        Map.of("name", "Carga · " + learners + " participantes"));
        String classId =
                created.headers()
                        .firstValue("HX-Redirect")
                        .orElseThrow()
                        .replace("/instructor/classes/", "");
        String page = instructor.get("/instructor/classes/" + classId).body();
        Matcher code = Pattern.compile("data-join-code>([A-Z0-9]{6})<").matcher(page);
        if (!code.find()) {
            throw new IllegalStateException("no join code on the class page");
        }
        Thread dashboard =
                daemon(
                        "dashboard",
                        () ->
                                hold(
                                        instructor,
                                        "/instructor/classes/" + classId + "/live",
                                        dashboardEvents));

        ExecutorService pool = Executors.newFixedThreadPool(learners);
        CountDownLatch done = new CountDownLatch(learners);
        List<Browserless> people = new ArrayList<>();
        for (int i = 1; i <= learners; i++) {
            Browserless learner = new Browserless(server);
            people.add(learner);
            String name = String.format(Locale.ROOT, "Participante %02d", i);
            ClassMix.Exercise exercise = mix.of(i);
            pool.execute(
                    () -> {
                        try {
                            learn(learner, code.group(1), name, exercise);
                        } catch (Exception e) {
                            errors.add(name + ": " + e);
                        } finally {
                            done.countDown();
                        }
                    });
        }
        if (restart) {
            // halfway: some runs finished (they must survive), others training or queued (they are
            // interrupted)
            await("a quarter of the runs finished")
                    .forever()
                    .pollInterval(Duration.ofMillis(50))
                    .until(
                            () ->
                                    finished.get() >= Math.max(1, learners / 4)
                                            || done.getCount() == 0);
            System.out.printf(
                    "restarting the server with %d runs submitted, %d finished%n",
                    submitted.get(), finished.get());
            serverDown = true;
            server.stop();
            server.start();
            serverDown = false;
        }
        if (!done.await(30, TimeUnit.MINUTES)) {
            errors.add("learners still busy after 30 minutes");
        }
        pool.shutdownNow();
        verifyNothingLost(people, instructor, classId);
        dashboard.interrupt();
    }

    /** One learner: join, keep the live channel open, open the exercise's lesson, train one run to the end. */
    private void learn(Browserless me, String code, String name, ClassMix.Exercise exercise)
            throws Exception {
        retrying(() -> me.get("/join/" + code));
        HttpResponse<String> joined =
                retrying(() -> me.post("/join", Map.of("code", code, "name", name)));
        expect(joined, 200, name + " joins");
        if (!joined.body().contains("data-pin")) {
            errors.add(name + ": no PIN shown");
        }
        daemon("live-" + name, () -> hold(me, "/me/live", new AtomicLong()));
        expect(
                retrying(() -> me.get(exercise.lesson())),
                200,
                name + " opens " + exercise.lesson());
        long submittedAt = System.nanoTime();
        HttpResponse<String> started =
                retrying(() -> me.post("/exercises/" + exercise.id() + "/runs", exercise.form()));
        expect(started, 200, name + " starts a run");
        Matcher id = RUN_ID.matcher(started.body());
        if (!id.find()) {
            errors.add(name + ": no run in the answer: " + started.statusCode());
            return;
        }
        submitted.incrementAndGet();
        String runId = id.group(1);
        String outcome = follow(me, runId, submittedAt);
        if ("interrupted".equals(outcome)) {
            interrupted.incrementAndGet();
            HttpResponse<String> again =
                    retrying(() -> me.post("/runs/" + runId + "/rerun", Map.of()));
            expect(again, 200, name + " re-runs the interrupted run");
            Matcher newId = RUN_ID.matcher(again.body());
            if (!newId.find()) {
                errors.add(name + ": the re-run answer has no run");
                return;
            }
            reran.incrementAndGet();
            outcome = follow(me, newId.group(1), System.nanoTime());
            if ("finished".equals(outcome)) {
                finishedRuns.put(newId.group(1), name);
            }
        } else if ("finished".equals(outcome)) {
            finishedRuns.put(runId, name);
        }
        if ("finished".equals(outcome)) {
            finished.incrementAndGet();
        } else {
            failed.incrementAndGet();
            errors.add(name + ": run ended " + outcome);
        }
    }

    /**
     * Follows a run's events until done, checking that their ids have no gap. A stream cut by the
     * restart is read again from the start once the server is back, to learn how the run ended.
     */
    private String follow(Browserless me, String runId, long submittedAt) throws Exception {
        try {
            HttpResponse<InputStream> stream = me.stream("/runs/" + runId + "/events");
            final long[] lastId = {0};
            final String[] lastState = {"unknown"};
            final boolean[] sawRunning = {false};
            final boolean[] sawDone = {false};
            SseReader.read(
                    stream.body(),
                    event -> {
                        runEvents.incrementAndGet();
                        if (event.id() > 0) {
                            if (event.id() != lastId[0] + 1) {
                                lostEvents.addAndGet(Math.max(0, event.id() - lastId[0] - 1));
                            }
                            lastId[0] = event.id();
                        }
                        if ("status".equals(event.name())) {
                            lastState[0] = stateOf(event.data());
                            if (!sawRunning[0] && "running".equals(lastState[0])) {
                                sawRunning[0] = true;
                                queueWaitsMs.add((System.nanoTime() - submittedAt) / 1_000_000);
                            }
                        }
                        if ("done".equals(event.name())) {
                            sawDone[0] = true;
                        }
                    });
            if (sawDone[0]) {
                return lastState[0];
            }
        } catch (IOException cut) {
            // the server went away mid-stream: see below
        }
        awaitServer();
        // a fresh subscriber replays the stored run from its start
        HttpResponse<InputStream> replay = retrying(() -> me.stream("/runs/" + runId + "/events"));
        final String[] finalState = {"unknown"};
        final boolean[] interruptedRun = {false};
        SseReader.read(
                replay.body(),
                event -> {
                    if ("status".equals(event.name())) {
                        finalState[0] = stateOf(event.data());
                    }
                    if (event.name().endsWith("error") && event.data().contains("interrupted")) {
                        interruptedRun[0] = true;
                    }
                });
        if (interruptedRun[0] || "interrupted".equals(finalState[0])) {
            return "interrupted";
        }
        return finalState[0];
    }

    private static String stateOf(String statusHtml) {
        Matcher m = Pattern.compile("state-([a-z]+)").matcher(statusHtml);
        return m.find() ? m.group(1) : "unknown";
    }

    /** After the run: every learner is still in the class, their visit and finished runs are still there. */
    private void verifyNothingLost(List<Browserless> people, Browserless instructor, String classId)
            throws Exception {
        for (Browserless learner : people) {
            HttpResponse<String> banner = learner.get("/me/banner");
            if (banner.statusCode() != 200) {
                errors.add(
                        "a learner is no longer in the class after the restart ("
                                + banner.statusCode()
                                + ")");
            }
            if (!learner.get("/").body().contains("mark visited")) {
                errors.add("a learner's lesson visit was lost");
            }
        }
        for (Map.Entry<String, String> run : finishedRuns.entrySet()) {
            Browserless owner =
                    people.get(Integer.parseInt(run.getValue().replaceAll("[^0-9]", "")) - 1);
            int status = owner.get("/runs/" + run.getKey() + "/panel").statusCode();
            if (status != 200) {
                errors.add(
                        run.getValue()
                                + ": finished run "
                                + run.getKey()
                                + " not found afterwards ("
                                + status
                                + ")");
            }
        }
        String csv = instructor.get("/instructor/classes/" + classId + "/export.csv").body();
        long rows = csv.lines().count() - 1;
        if (rows != learners) {
            errors.add("the CSV has " + rows + " learners, not " + learners);
        }
    }

    /** Keeps a live stream open as a browser tab would, reconnecting whenever it ends (the restart). */
    private void hold(Browserless who, String path, AtomicLong counter) {
        while (!over) {
            try {
                awaitServer();
                HttpResponse<InputStream> stream = who.stream(path);
                learnerStreamsOpen.incrementAndGet();
                SseReader.read(stream.body(), event -> counter.incrementAndGet());
            } catch (IOException | InterruptedException e) {
                if (!serverDown && !over) {
                    sleep(500); // a browser's reconnection delay, modelled
                }
            }
        }
    }

    private <T> T retrying(Call<T> call) throws Exception {
        for (int attempt = 0; ; attempt++) {
            try {
                awaitServer();
                return call.run();
            } catch (IOException e) {
                if (attempt > 600 || (!serverDown && attempt > 3)) {
                    throw e;
                }
                sleep(500); // a retrying client's back-off, modelled
            }
        }
    }

    private void awaitServer() {
        await("the server is back")
                .forever()
                .pollInterval(Duration.ofMillis(200))
                .until(() -> !serverDown);
    }

    /** A 2xx answer is what a browser would take as success (a new run is 201 Created). */
    private void expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() / 100 != status / 100) {
            errors.add(
                    what
                            + ": HTTP "
                            + response.statusCode()
                            + " "
                            + response.body()
                                    .replaceAll("\\s+", " ")
                                    .substring(
                                            0,
                                            Math.min(
                                                    200,
                                                    response.body()
                                                            .replaceAll("\\s+", " ")
                                                            .length())));
        }
    }

    private void report(Duration took, Path data) {
        List<Long> waits = new ArrayList<>(queueWaitsMs);
        Collections.sort(waits);
        System.out.println();
        System.out.println("Neurona classroom load test");
        System.out.printf(
                "  learners                    %d (each: join, live stream, lesson visit, one run)%n",
                learners);
        mix.exercises()
                .forEach(
                        e -> System.out.printf("    runs of                   %s%n", e.describe()));
        System.out.printf("  server restarted halfway    %s%n", restart ? "yes" : "no");
        System.out.printf("  runs completed / failed     %d / %d%n", finished.get(), failed.get());
        System.out.printf(
                "  runs interrupted → re-run   %d → %d%n", interrupted.get(), reran.get());
        System.out.printf(
                "  queue wait p50 / p95        %s / %s (submit → running, %d runs)%n",
                percentile(waits, 0.50), percentile(waits, 0.95), waits.size());
        System.out.printf(
                "  SSE events received         %d on run streams, %d on the dashboard%n",
                runEvents.get(), dashboardEvents.get());
        System.out.printf("  SSE events lost             %d%n", lostEvents.get());
        System.out.printf(
                "  live streams opened         %d (learners' and dashboard's, reconnects included)%n",
                learnerStreamsOpen.get());
        System.out.printf(
                "  server peak RSS             %d MB (JVM options: %s)%n",
                server.peakRssMb(), server.jvmOptions());
        System.out.printf("  errors                      %d%n", errors.size());
        errors.stream().limit(20).forEach(e -> System.out.println("    " + e));
        System.out.printf(
                "  took                        %.1f s (server log: %s)%n",
                took.toMillis() / 1000.0, data.resolve("server.log"));
    }

    private static String percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return "—";
        }
        long v = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
        return String.format(Locale.ROOT, "%.1f s", v / 1000.0);
    }

    private static Thread daemon(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @FunctionalInterface
    private interface Call<T> {
        T run() throws IOException, InterruptedException;
    }
}
