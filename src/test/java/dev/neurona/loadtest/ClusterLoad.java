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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./neurona cluster-test}: three Neurona nodes with one worker each on one PostgreSQL, behind
 * Debian's nginx with the deployment's own configuration. Sixty learners, each with their own
 * cookies and all through nginx, start one run each of a mix of exercises and follow its stream;
 * every third one drops its stream mid-run and reconnects with Last-Event-ID (often to another node);
 * an instructor dashboard stays open on the first node; once a third of the runs finished, the third
 * node is killed with SIGKILL. Then {@link ClusterThroughput} measures two nodes against one.
 */
public final class ClusterLoad {

    static final String PASSWORD = "cluster-test-password";
    private static final Pattern RUN_ID = Pattern.compile("/runs/([0-9a-f-]{36})/events");
    private static final Pattern ANY_RUN = Pattern.compile("data-run=\"([0-9a-f-]{36})\"");
    private static final int[] NODE_PORTS = {8091, 8092, 8093};

    /** The exercises of the mix, each with the form values that keep its run short. */
    private record Exercise(String lesson, String id, Map<String, String> form) {}

    private static final List<Exercise> MIX =
            List.of(
                    new Exercise("1.5", "mnist-1-5", Map.of("epochs", "1")),
                    new Exercise("1.12", "playground-1-12", Map.of()),
                    new Exercise("3.3", "imdb-3-3", Map.of("epochs", "2")),
                    new Exercise("3.9", "boston-3-9", Map.of("epochs", "20")),
                    new Exercise("3.7", "reuters-3-7", Map.of("epochs", "3")));

    /** What one learner's stream showed: the event ids in the order received, and its event names. */
    private record Stream(String learner, List<Long> ids, List<String> names, long firstPointMs) {}

    private final int learners = Integer.getInteger("learners", 60);
    private final Path work;
    private final Path jar;
    private final ClusterDatabase database;
    private final Map<String, String> nodeEnv;
    private final List<ServerProcess> nodes = new ArrayList<>();
    private final Map<String, Stream> streams = new ConcurrentHashMap<>();
    private final Set<String> seenOnDashboard = ConcurrentHashMap.newKeySet();
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger finished = new AtomicInteger();
    private volatile boolean over;

    private ClusterLoad(
            Path work, Path jar, ClusterDatabase database, Map<String, String> nodeEnv) {
        this.work = work;
        this.jar = jar;
        this.database = database;
        this.nodeEnv = nodeEnv;
    }

    public static void main(String[] args) throws Exception {
        Path work =
                Files.createDirectories(Path.of(System.getProperty("work", "target/cluster-test")));
        Path jar = Path.of(System.getProperty("jar", "target/quarkus-app/quarkus-run.jar"));
        String url = System.getProperty("pg.url");
        String user = System.getProperty("pg.user", "neurona");
        String password = System.getProperty("pg.password", "");
        Map<String, String> env =
                Map.of(
                        "NEURONA_DB_URL",
                        url,
                        "NEURONA_DB_USER",
                        user,
                        "NEURONA_DB_PASSWORD",
                        password,
                        "NEURONA_WORKERS_COUNT",
                        "1",
                        "NEURONA_INSTRUCTOR_PASSWORD",
                        PASSWORD,
                        "NEURONA_CLASSROOM_ATTEMPTS_PER_MINUTE",
                        "1000",
                        // one extraction of ND4J's natives for every node
                        "JAVA_TOOL_OPTIONS",
                        "-Dorg.bytedeco.javacpp.cachedir="
                                + work.resolve("native-cache").toAbsolutePath());
        ClusterDatabase database = new ClusterDatabase(url, user, password);
        ClusterLoad load = new ClusterLoad(work, jar, database, env);
        // PHASES=throughput (or class) runs one part alone, e.g. to measure again on a quiet
        // machine
        String phases = System.getProperty("phases", "class,throughput");
        boolean classPassed = true;
        if (phases.contains("class")) {
            try {
                classPassed =
                        load.classOfSixty(
                                Path.of(
                                        System.getProperty(
                                                "nginx.conf",
                                                "deploy/nginx/neurona-cluster.conf")));
            } finally {
                load.over = true;
                for (ServerProcess node : load.nodes) {
                    node.stop();
                }
            }
        }
        boolean throughputPassed =
                !phases.contains("throughput")
                        || new ClusterThroughput(work, jar, database, env).measure();
        System.exit(classPassed && throughputPassed ? 0 : 1);
    }

    private boolean classOfSixty(Path nginxConf) throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < NODE_PORTS.length; i++) {
            nodes.add(
                    new ServerProcess(
                            jar,
                            Files.createDirectories(work.resolve("node-" + (i + 1))),
                            NODE_PORTS[i],
                            nodeEnv));
        }
        // the first node makes the schema, the instructor and the native cache; the others join it
        nodes.get(0).start();
        startAll(nodes.subList(1, nodes.size()));
        Nginx nginx = new Nginx(nginxConf, Files.createDirectories(work.resolve("nginx")), 8090);
        nginx.start();
        try {
            return withTheCluster(nginx, start);
        } finally {
            nginx.stop();
        }
    }

    private boolean withTheCluster(Nginx nginx, long start) throws Exception {
        Browserless instructor = new Browserless(nodes.get(0).url(""));
        instructor.get("/instructor");
        check(
                instructor.post(
                        "/instructor/login",
                        Map.of("username", "instructor", "password", PASSWORD)),
                "instructor sign-in");
        HttpResponse<String> created =
                instructor.post("/instructor/classes", Map.of("name", "Clúster · " + learners));
        String classId =
                created.headers()
                        .firstValue("HX-Redirect")
                        .orElseThrow()
                        .replace("/instructor/classes/", "");
        Matcher code =
                Pattern.compile("data-join-code>([A-Z0-9]{6})<")
                        .matcher(instructor.get("/instructor/classes/" + classId).body());
        if (!code.find()) {
            throw new IllegalStateException("no join code on the class page");
        }
        daemon("dashboard", () -> watchDashboard(instructor, classId));

        String killedNode = Files.readString(nodes.get(2).dataDir().resolve("node-id")).trim();
        ExecutorService pool = Executors.newFixedThreadPool(learners);
        CountDownLatch done = new CountDownLatch(learners);
        for (int i = 1; i <= learners; i++) {
            int n = i;
            pool.execute(
                    () -> {
                        String name = String.format(Locale.ROOT, "Participante %02d", n);
                        try {
                            learn(
                                    new Browserless(nginx.base()),
                                    code.group(1),
                                    name,
                                    MIX.get(n % MIX.size()),
                                    n % 3 == 0);
                        } catch (Exception e) {
                            errors.add(name + ": " + e);
                        } finally {
                            done.countDown();
                        }
                    });
        }
        await("a third of the runs finished")
                .atMost(Duration.ofMinutes(10))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> finished.get() >= learners / 3 || done.getCount() == 0);
        List<String> onKilled = database.runningOn(killedNode);
        System.out.printf(
                "killing node 3 (SIGKILL) with %d runs finished; it trains %s%n",
                finished.get(), onKilled);
        nodes.get(2).kill();
        if (!done.await(10, TimeUnit.MINUTES)) {
            errors.add("learners still busy after 10 minutes");
        }
        pool.shutdownNow();
        // the dashboard refreshes every second
        Thread.sleep(1500);
        return report(Duration.ofNanos(System.nanoTime() - start), onKilled);
    }

    /** One learner: join through nginx, open the lesson, start one run, follow it to its end. */
    private void learn(
            Browserless me, String code, String name, Exercise exercise, boolean reconnects)
            throws Exception {
        me.get("/join/" + code);
        check(me.post("/join", Map.of("code", code, "name", name)), name + " joins");
        check(me.get("/lessons/" + exercise.lesson()), name + " opens lesson " + exercise.lesson());
        long submitted = System.nanoTime();
        HttpResponse<String> started =
                me.post("/exercises/" + exercise.id() + "/runs", exercise.form());
        check(started, name + " starts " + exercise.id());
        Matcher id = RUN_ID.matcher(started.body());
        if (!id.find()) {
            errors.add(name + ": no run in the answer (" + started.statusCode() + ")");
            return;
        }
        Stream stream =
                new Stream(
                        name,
                        Collections.synchronizedList(new ArrayList<>()),
                        Collections.synchronizedList(new ArrayList<>()),
                        -1);
        streams.put(id.group(1), stream);
        long[] firstPoint = {-1};
        boolean dropOnce = reconnects;
        for (int attempt = 0; attempt < 200; attempt++) {
            long after = stream.ids().isEmpty() ? 0 : stream.ids().get(stream.ids().size() - 1);
            boolean[] ended = {false};
            boolean drop = dropOnce;
            try {
                HttpResponse<InputStream> events =
                        me.stream("/runs/" + id.group(1) + "/events", after);
                InputStream body = events.body();
                SseReader.read(
                        body,
                        event -> {
                            stream.ids().add(event.id());
                            stream.names().add(event.name());
                            if (firstPoint[0] < 0
                                    && Set.of("batch", "epoch", "points").contains(event.name())) {
                                firstPoint[0] = (System.nanoTime() - submitted) / 1_000_000;
                            }
                            if ("done".equals(event.name())) {
                                ended[0] = true;
                            }
                            // a browser that loses its connection mid-run: the rest comes after
                            // Last-Event-ID
                            if (drop && "epoch".equals(event.name())) {
                                throw new Dropped();
                            }
                        });
            } catch (Dropped | IOException cut) {
                dropOnce = false;
            }
            if (ended[0]) {
                break;
            }
            Thread.sleep(200); // a browser's reconnection delay, modelled
        }
        streams.put(id.group(1), new Stream(name, stream.ids(), stream.names(), firstPoint[0]));
        finished.incrementAndGet();
    }

    private void watchDashboard(Browserless instructor, String classId) {
        while (!over) {
            try {
                HttpResponse<InputStream> live =
                        instructor.stream("/instructor/classes/" + classId + "/live");
                SseReader.read(
                        live.body(),
                        event -> {
                            Matcher m = ANY_RUN.matcher(event.data());
                            while (m.find()) {
                                seenOnDashboard.add(m.group(1));
                            }
                        });
            } catch (IOException | InterruptedException | RuntimeException e) {
                sleep(500);
            }
        }
    }

    private boolean report(Duration took, List<String> onKilled) throws Exception {
        Map<String, ClusterDatabase.StoredRun> stored = database.runs(streams.keySet());
        int notFinished = 0;
        int rescued = 0;
        long lost = 0;
        long duplicated = 0;
        List<Long> firstPoints = new ArrayList<>();
        for (Map.Entry<String, Stream> entry : streams.entrySet()) {
            ClusterDatabase.StoredRun run = stored.get(entry.getKey());
            Stream stream = entry.getValue();
            if (run == null || !"FINISHED".equals(run.state())) {
                notFinished++;
                errors.add(
                        stream.learner()
                                + ": run "
                                + entry.getKey()
                                + " ended "
                                + (run == null ? "unknown" : run.state() + " " + run.errorCode()));
                continue;
            }
            if (stream.firstPointMs() >= 0) {
                firstPoints.add(stream.firstPointMs());
            }
            if (run.attempts() > 1) {
                rescued++;
                if (!stream.names().contains("restart")) {
                    errors.add(stream.learner() + ": rescued run without a restart event");
                }
                continue;
            }
            long previous = 0;
            for (long id : stream.ids()) {
                if (id <= previous) {
                    duplicated++;
                } else {
                    lost += id - previous - 1;
                }
                previous = Math.max(previous, id);
            }
        }
        for (String killed : onKilled) {
            ClusterDatabase.StoredRun run = stored.get(killed);
            if (run != null && run.attempts() < 2) {
                errors.add("run " + killed + " was on the killed node but was not trained again");
            }
        }
        Set<String> missing = new java.util.TreeSet<>(streams.keySet());
        missing.removeAll(seenOnDashboard);
        Collections.sort(firstPoints);
        System.out.println();
        System.out.println(
                "Neurona cluster test: 3 nodes × 1 worker, one PostgreSQL, nginx in front");
        System.out.printf(
                "  learners                       %d (through nginx; every third reconnects mid-run)%n",
                learners);
        System.out.printf(
                "  runs finished                  %d of %d%n",
                streams.size() - notFinished, learners);
        System.out.printf(
                "  on the killed node → re-trained %d → %d (attempts > 1)%n",
                onKilled.size(), rescued);
        System.out.printf(
                "  events lost / duplicated       %d / %d (streams of runs trained once)%n",
                lost, duplicated);
        System.out.printf(
                "  runs the dashboard saw         %d of %d%n",
                streams.size() - missing.size(), streams.size());
        System.out.printf(
                "  wait to the first point        p50 %s, p95 %s%n",
                seconds(firstPoints, 0.5), seconds(firstPoints, 0.95));
        System.out.printf("  wall time                      %.1f s%n", took.toMillis() / 1000.0);
        System.out.printf("  errors                         %d%n", errors.size());
        errors.stream().limit(20).forEach(e -> System.out.println("    " + e));
        return notFinished == 0
                && lost == 0
                && duplicated == 0
                && missing.isEmpty()
                && errors.isEmpty()
                && rescued >= onKilled.size();
    }

    static void startAll(List<ServerProcess> servers) throws Exception {
        List<Thread> starting = new ArrayList<>();
        List<Exception> failures = Collections.synchronizedList(new ArrayList<>());
        for (ServerProcess server : servers) {
            starting.add(
                    daemon(
                            "start",
                            () -> {
                                try {
                                    server.start();
                                } catch (Exception e) {
                                    failures.add(e);
                                }
                            }));
        }
        for (Thread t : starting) {
            t.join();
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }

    static String seconds(List<Long> sortedMs, double p) {
        if (sortedMs.isEmpty()) {
            return "—";
        }
        long v =
                sortedMs.get(
                        Math.min(sortedMs.size() - 1, (int) Math.ceil(p * sortedMs.size()) - 1));
        return String.format(Locale.ROOT, "%.1f s", v / 1000.0);
    }

    private void check(HttpResponse<String> response, String what) {
        if (response.statusCode() / 100 != 2) {
            String body = response.body().replaceAll("\\s+", " ");
            errors.add(
                    what
                            + ": HTTP "
                            + response.statusCode()
                            + " "
                            + body.substring(0, Math.min(160, body.length())));
        }
    }

    static Thread daemon(String name, Runnable body) {
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

    /** Ends a stream on purpose, as a dropped connection does. */
    private static final class Dropped extends RuntimeException {
        Dropped() {
            super(null, null, false, false);
        }
    }
}
