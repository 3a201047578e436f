package dev.neurona.loadtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A soak test: one packaged server kept busy by a class for a while (default 20 minutes), sampled
 * every 10 seconds. It passes when no judged figure of the server (resident memory, heap after GC,
 * threads, open descriptors, event logs held) grows from the middle third to the last, and nothing
 * failed. Run it with {@code ./neurona soak [minutes]} (see docs/benchmarks.md).
 */
public final class Soak {

    private static final String PASSWORD = "soak-test-password";
    private static final Duration PERIOD = Duration.ofSeconds(10);

    /**
     * Finished runs the server keeps in memory with their logs (200 by default): low enough that the
     * ceiling is reached within the first third even of a 3-minute soak, so that the logs held are
     * judged at their steady state rather than while they fill up by design.
     */
    private static final int KEPT_IN_MEMORY = 8;

    public static void main(String[] args) throws Exception {
        // a learner who leaves closes the browser and its connections; the JDK client would keep
        // them
        // 20 minutes, which the server would hold too and the soak would count as its own
        // descriptors
        System.setProperty("jdk.httpclient.keepalive.timeout", "30");
        double minutes = Double.parseDouble(System.getProperty("minutes", "20"));
        int seats = Integer.getInteger("learners", 12);
        int port = Integer.getInteger("port", 8107);
        Path jar = Path.of(System.getProperty("jar", "target/quarkus-app/quarkus-run.jar"));
        List<String> jvm =
                Arrays.stream(System.getProperty("jvm", "").trim().split("\\s+"))
                        .filter(s -> !s.isEmpty())
                        .toList();
        Path data = Files.createTempDirectory("neurona-soak-");
        ServerProcess server =
                new ServerProcess(
                        jar,
                        data,
                        port,
                        Map.of(
                                "NEURONA_INSTRUCTOR_PASSWORD",
                                PASSWORD,
                                "NEURONA_RUNS_KEPT_IN_MEMORY",
                                Integer.toString(KEPT_IN_MEMORY)),
                        jvm.isEmpty() ? List.of("-Xmx1g") : jvm);
        // whatever happens (a failure, Ctrl-C), the server does not outlive the soak
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> {
                                    try {
                                        server.stop();
                                    } catch (InterruptedException ignored) {
                                        // exiting anyway
                                    }
                                }));
        System.out.printf(
                Locale.ROOT,
                "Neurona soak: %.1f min, %d seats, server on port %d (JVM %s), data %s%n",
                minutes,
                seats,
                port,
                jvm.isEmpty() ? "-Xmx1g" : String.join(" ", jvm),
                data);
        boolean passed = false;
        try {
            server.start();
            passed = soak(server, Duration.ofMillis((long) (minutes * 60_000)), seats);
        } catch (Exception e) {
            System.out.println("the soak could not run: " + e);
        } finally {
            server.stop();
        }
        if (passed) {
            deleteTree(data);
        } else {
            System.out.println("server log kept: " + data.resolve("server.log"));
        }
        System.out.println(passed ? "PASS" : "FAIL");
        System.exit(passed ? 0 : 1);
    }

    private static boolean soak(ServerProcess server, Duration length, int seats) throws Exception {
        SoakTally tally = new SoakTally();
        ClassSetup setup = ClassSetup.create(server, PASSWORD, "Soak · " + seats + " asientos");
        List<ServerSample> samples = new ArrayList<>();
        SoakInstructor instructor = new SoakInstructor(setup, tally);
        instructor.limitTrainingRows();
        List<Thread> people = new ArrayList<>();
        people.add(new Thread(instructor, "instructor"));
        for (int seat = 1; seat <= seats; seat++) {
            people.add(new Thread(new SoakLearner(server, setup, tally, seat), "seat-" + seat));
        }
        try (ServerSampler sampler = new ServerSampler(server)) {
            people.forEach(Thread::start);
            long start = System.nanoTime();
            long next = start;
            System.out.printf(
                    "%7s %9s %12s %8s %8s %9s %9s%n",
                    "t (s)", "RSS MB", "heap/GC MB", "threads", "fds", "run logs", "events");
            while (System.nanoTime() - start < length.toNanos()) {
                next += PERIOD.toNanos();
                Thread.sleep(
                        Math.max(0, (next - System.nanoTime()) / 1_000_000)); // the sampling period
                if (!server.isAlive()) {
                    tally.error("the server exited");
                    break;
                }
                ServerSample s = sampler.sample();
                samples.add(s);
                System.out.printf(
                        Locale.ROOT,
                        "%7.0f %9.0f %12.1f %8.0f %8.0f %9.0f %9.0f%n",
                        s.seconds(),
                        s.rssMb(),
                        s.heapAfterGcMb(),
                        s.threads(),
                        s.fds(),
                        s.logsHeld(),
                        s.eventsHeld());
            }
        } finally {
            tally.over();
            people.forEach(Thread::interrupt);
        }
        System.out.println();
        tally.print(System.out);
        System.out.println();
        if (samples.size() < 3) {
            System.out.println("too few samples to judge");
            return false;
        }
        SoakTable table = new SoakTable(samples);
        table.print(System.out);
        System.out.println();
        List<ServerSample.Figure> grown = table.grown();
        grown.forEach(
                f ->
                        System.out.printf(
                                "GROWS: %s (last third %+.1f%% over the middle third)%n",
                                f.label, table.growth(f.value) * 100));
        return grown.isEmpty() && tally.errors() == 0;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
