package dev.neurona.loadtest;

import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * Reads a running server's figures: /proc for resident memory, threads and descriptors, its JVM
 * (attached over JMX, as jconsole would) for the heap after a full GC, /q/metrics for the event logs
 * it holds, and the data directory for the database and saved models.
 */
final class ServerSampler implements AutoCloseable {

    private static final double MB = 1024.0 * 1024.0;

    private final ServerProcess server;
    private final JMXConnector connector;
    private final MemoryMXBean memory;
    private final HttpClient http = HttpClient.newHttpClient();
    private final long startNanos = System.nanoTime();

    ServerSampler(ServerProcess server) throws Exception {
        this.server = server;
        VirtualMachine vm = VirtualMachine.attach(Long.toString(server.pid()));
        String address;
        try {
            address = vm.startLocalManagementAgent();
        } finally {
            vm.detach();
        }
        connector = JMXConnectorFactory.connect(new JMXServiceURL(address));
        memory =
                ManagementFactory.newPlatformMXBeanProxy(
                        connector.getMBeanServerConnection(),
                        ManagementFactory.MEMORY_MXBEAN_NAME,
                        MemoryMXBean.class);
    }

    ServerSample sample() throws IOException, InterruptedException {
        memory.gc();
        double heap = memory.getHeapMemoryUsage().getUsed() / MB;
        Path proc = Path.of("/proc", Long.toString(server.pid()));
        String status = Files.readString(proc.resolve("status"));
        long fds;
        try (Stream<Path> open = Files.list(proc.resolve("fd"))) {
            fds = open.count();
        }
        String metrics =
                http.send(
                                HttpRequest.newBuilder(URI.create(server.url("/q/metrics")))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body();
        return new ServerSample(
                (System.nanoTime() - startNanos) / 1e9,
                field(status, "VmRSS") / 1024.0,
                heap,
                field(status, "Threads"),
                fds,
                gauge(metrics, "neurona_runs_in_memory"),
                gauge(metrics, "neurona_run_events_in_memory"),
                size(server.dataDir().resolve("db")) / MB,
                size(server.dataDir().resolve("models")) / MB);
    }

    /** A numeric line of /proc/PID/status ("VmRSS:  123456 kB", "Threads:  87"). */
    private static long field(String status, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + ":\\s+(\\d+)").matcher(status);
        if (!m.find()) {
            throw new IllegalStateException(name + " missing from /proc status");
        }
        return Long.parseLong(m.group(1));
    }

    private static double gauge(String metrics, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + " ([0-9.eE+-]+)$").matcher(metrics);
        if (!m.find()) {
            throw new IllegalStateException(name + " missing from /q/metrics");
        }
        return Double.parseDouble(m.group(1));
    }

    private static long size(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(
                            f -> {
                                try {
                                    return Files.size(f);
                                } catch (IOException gone) {
                                    return 0; // deleted while walking (an H2 temporary file)
                                }
                            })
                    .sum();
        }
    }

    @Override
    public void close() throws IOException {
        connector.close();
    }
}
