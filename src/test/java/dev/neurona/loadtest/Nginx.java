package dev.neurona.loadtest;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Debian's nginx in the foreground, with the deployment's own configuration file and a prefix of its own. */
final class Nginx {

    private final Path conf;
    private final Path prefix;
    private final int port;
    private Process process;

    Nginx(Path conf, Path prefix, int port) {
        this.conf = conf.toAbsolutePath();
        this.prefix = prefix;
        this.port = port;
    }

    void start() throws IOException {
        for (String dir :
                List.of("logs", "tmp/body", "tmp/proxy", "tmp/fastcgi", "tmp/uwsgi", "tmp/scgi")) {
            Files.createDirectories(prefix.resolve(dir));
        }
        process =
                new ProcessBuilder(
                                "nginx",
                                "-p",
                                prefix + "/",
                                "-c",
                                conf.toString(),
                                "-g",
                                "daemon off;")
                        .redirectErrorStream(true)
                        .redirectOutput(prefix.resolve("logs/stdout.log").toFile())
                        .start();
        await("nginx listens on " + port)
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> {
                            if (!process.isAlive()) {
                                throw new IllegalStateException(
                                        "nginx exited; see " + prefix.resolve("logs"));
                            }
                            try (Socket s = new Socket("127.0.0.1", port)) {
                                return true;
                            } catch (IOException notYet) {
                                return false;
                            }
                        });
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }
}
