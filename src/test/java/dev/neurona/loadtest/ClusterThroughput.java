package dev.neurona.loadtest;

import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two nodes with one worker each against one: the same 20 MNIST one-epoch runs, submitted at once,
 * timed from the first submission to the last run finished. Each node keeps to one core's work
 * ({@code lend-cores} off), so the figure measures the cluster, not core lending. For the one-node
 * rounds the second node is frozen (SIGSTOP): it claims nothing, and no restart enters the
 * measurement. Best of 3, the two set-ups interleaved; it fails below 1.8×.
 */
final class ClusterThroughput {

    static final double REQUIRED = 1.8;
    private static final int RUNS = Integer.getInteger("throughput.runs", 20);
    private static final int ROUNDS = Integer.getInteger("throughput.rounds", 3);
    private static final Pattern RUN_ID = Pattern.compile("/runs/([0-9a-f-]{36})/events");

    private final Path work;
    private final Path jar;
    private final ClusterDatabase database;
    private final Map<String, String> env;

    ClusterThroughput(
            Path work, Path jar, ClusterDatabase database, Map<String, String> clusterEnv) {
        this.work = work;
        this.jar = jar;
        this.database = database;
        this.env = new HashMap<>(clusterEnv);
        env.put("NEURONA_WORKERS_LEND_CORES", "false");
    }

    boolean measure() throws Exception {
        ServerProcess first =
                new ServerProcess(
                        jar, Files.createDirectories(work.resolve("throughput-1")), 8094, env);
        ServerProcess second =
                new ServerProcess(
                        jar, Files.createDirectories(work.resolve("throughput-2")), 8095, env);
        List<Double> one = new ArrayList<>();
        List<Double> two = new ArrayList<>();
        try {
            ClusterLoad.startAll(List.of(first, second));
            // warm both nodes' engines on the same work before anything is timed
            timed(first);
            for (int round = 0; round < ROUNDS; round++) {
                boolean twoFirst = round % 2 == 0;
                for (int leg = 0; leg < 2; leg++) {
                    if ((leg == 0) == twoFirst) {
                        two.add(timed(first));
                    } else {
                        second.signal("STOP");
                        try {
                            one.add(timed(first));
                        } finally {
                            second.signal("CONT");
                        }
                    }
                }
            }
        } finally {
            first.stop();
            second.stop();
        }
        double bestOne = Collections.min(one);
        double bestTwo = Collections.min(two);
        double ratio = bestOne / bestTwo;
        System.out.println();
        System.out.printf(
                "Cluster throughput: %d MNIST 1-epoch runs, each node 1 worker, lend-cores off%n",
                RUNS);
        System.out.printf("  1 node,  s per round          %s (best %.1f)%n", list(one), bestOne);
        System.out.printf("  2 nodes, s per round          %s (best %.1f)%n", list(two), bestTwo);
        System.out.printf(
                "  throughput, 2 nodes / 1 node  %.2f× (required ≥ %.1f×)%n", ratio, REQUIRED);
        return ratio >= REQUIRED;
    }

    /** Seconds from the first submission until every one of the {@link #RUNS} runs finished. */
    private double timed(ServerProcess node) throws Exception {
        List<Browserless> learners = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            Browserless learner = new Browserless(node.url(""));
            learner.get("/lessons/1.5");
            learners.add(learner);
        }
        ExecutorService submit = Executors.newFixedThreadPool(RUNS);
        long start = System.nanoTime();
        List<Future<String>> ids = new ArrayList<>();
        for (Browserless learner : learners) {
            ids.add(
                    submit.submit(
                            () -> {
                                HttpResponse<String> started =
                                        learner.post(
                                                "/exercises/mnist-1-5/runs", Map.of("epochs", "1"));
                                Matcher id = RUN_ID.matcher(started.body());
                                if (!id.find()) {
                                    throw new IllegalStateException(
                                            "no run started: HTTP " + started.statusCode());
                                }
                                return id.group(1);
                            }));
        }
        List<String> runs = new ArrayList<>();
        for (Future<String> id : ids) {
            runs.add(id.get());
        }
        submit.shutdown();
        await("the runs end")
                .atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () ->
                                database.runs(runs).values().stream()
                                        .allMatch(
                                                r ->
                                                        !r.state().equals("QUEUED")
                                                                && !r.state().equals("RUNNING")));
        double seconds = (System.nanoTime() - start) / 1e9;
        long failed =
                database.runs(runs).values().stream()
                        .filter(r -> !r.state().equals("FINISHED"))
                        .count();
        if (failed > 0) {
            throw new IllegalStateException(failed + " of the timed runs did not finish");
        }
        return seconds;
    }

    private static String list(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.1f", v)).toList().toString();
    }
}
