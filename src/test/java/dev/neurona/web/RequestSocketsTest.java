package dev.neurona.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Requests leave no socket behind. The trusted-proxy check once resolved a bare IPv6 entry as a
 * host name on every request, through a DNS client that was never closed: one UDP socket per request,
 * which a soak of a class ran out of descriptors with.
 */
@QuarkusTest
class RequestSocketsTest {

    @Test
    void aHundredRequestsOpenNoUdpSockets() throws IOException {
        given().get("/q/health/live").then().statusCode(200);
        int before = udpSockets();
        for (int i = 0; i < 100; i++) {
            given().get("/q/health/live").then().statusCode(200);
        }
        int after = udpSockets();
        // a few may come and go with the JVM's own business; one per request is the leak
        assertTrue(
                after - before < 10,
                "UDP sockets of this process went from " + before + " to " + after);
    }

    /** The UDP sockets this process holds: its descriptors' socket inodes that /proc lists as UDP. */
    private static int udpSockets() throws IOException {
        Set<String> udp = new HashSet<>();
        for (String table : List.of("/proc/self/net/udp", "/proc/self/net/udp6")) {
            List<String> lines = Files.readAllLines(Path.of(table));
            // after the header: "sl local rem st tx:rx tr:when retrnsmt uid timeout inode ..."
            for (String line : lines.subList(1, lines.size())) {
                udp.add(line.trim().split("\\s+")[9]);
            }
        }
        int count = 0;
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")
                            && udp.contains(target.substring(8, target.length() - 1))) {
                        count++;
                    }
                } catch (IOException closed) {
                    // closed while listing
                }
            }
        }
        return count;
    }
}
