package dev.neurona.loadtest;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** The packaged Neurona server as a child process: start, wait until ready, stop, restart, and its peak memory. */
final class ServerProcess {

    private final Path jar;
    private final Path dataDir;
    private final int port;
    private final Map<String, String> env;
    private final List<String> jvmOptions;
    private final AtomicLong peakRssKb = new AtomicLong();
    private Process process;

    ServerProcess(Path jar, Path dataDir, int port, Map<String, String> env) {
        this(jar, dataDir, port, env, List.of("-Xmx1g"));
    }

    /** With the given JVM options (e.g. scripts/memory-env.sh's) instead of a 1 GB heap. */
    ServerProcess(
            Path jar, Path dataDir, int port, List<String> jvmOptions, Map<String, String> env) {
        this(jar, dataDir, port, env, jvmOptions);
    }

    /** A server started with these JVM options (heap and off-heap ceilings, as a launcher would set them). */
    ServerProcess(
            Path jar, Path dataDir, int port, Map<String, String> env, List<String> jvmOptions) {
        this.jar = jar;
        this.dataDir = dataDir;
        this.port = port;
        this.env = env;
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    void start() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder =
                new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(
                                ProcessBuilder.Redirect.appendTo(
                                        dataDir.resolve("server.log").toFile()));
        builder.environment().putAll(env);
        builder.environment().put("NEURONA_DATA_DIR", dataDir.toString());
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().putIfAbsent("OMP_NUM_THREADS", "1");
        builder.environment().putIfAbsent("OPENBLAS_NUM_THREADS", "1");
        process = builder.start();
        Thread sampler = new Thread(this::sampleMemory, "rss-sampler");
        sampler.setDaemon(true);
        sampler.start();
        awaitReady(Duration.ofMinutes(10)); // a busy shared machine takes minutes to warm up
    }

    /** A normal stop (SIGTERM), as a service manager or Ctrl-C does. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            recordPeak();
            process.destroy();
            process.waitFor();
        }
    }

    /** A crash: SIGKILL, no shutdown hook, no clean leave (what a cluster must survive). */
    void kill() throws IOException, InterruptedException {
        signal("KILL");
        process.waitFor();
    }

    /** Freezes the process (SIGSTOP) or lets it go on (SIGCONT), e.g. to take a node out of a measurement. */
    void signal(String name) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-" + name, Long.toString(process.pid()))
                .inheritIO()
                .start()
                .waitFor();
    }

    /** The running server's process id (for /proc and attaching to its JVM). */
    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    Path dataDir() {
        return dataDir;
    }

    /** Options split on blanks; none given means the historical 1 GB heap. */
    static List<String> jvmOptions(String options) {
        return options.isBlank() ? List.of("-Xmx1g") : List.of(options.trim().split("\\s+"));
    }

    String jvmOptions() {
        return String.join(" ", jvmOptions);
    }

    long peakRssMb() {
        recordPeak();
        return peakRssKb.get() / 1024;
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private void awaitReady(Duration limit) {
        HttpClient client = HttpClient.newHttpClient();
        await("the server is ready")
                .atMost(limit)
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> {
                            if (!process.isAlive()) {
                                throw new IllegalStateException(
                                        "the server exited; see " + dataDir.resolve("server.log"));
                            }
                            try {
                                return client.send(
                                                        HttpRequest.newBuilder(
                                                                        URI.create(
                                                                                url(
                                                                                        "/q/health/ready")))
                                                                .build(),
                                                        HttpResponse.BodyHandlers.ofString())
                                                .statusCode()
                                        == 200;
                            } catch (IOException notYet) {
                                return false; // still starting
                            }
                        });
    }

    private void sampleMemory() {
        Process mine = process;
        while (mine.isAlive()) {
            recordPeak(mine);
            try {
                Thread.sleep(
                        200); // the sampling period of the memory peak, not a wait for something
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void recordPeak() {
        if (process != null) {
            recordPeak(process);
        }
    }

    /** VmHWM is the process's own peak resident set: no sample can miss a spike. */
    private void recordPeak(Process p) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + p.pid() + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    peakRssKb.accumulateAndGet(kb, Math::max);
                }
            }
        } catch (IOException | RuntimeException gone) {
            // the process has ended
        }
    }
}
