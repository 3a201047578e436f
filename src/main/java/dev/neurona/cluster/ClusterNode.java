package dev.neurona.cluster;

import dev.neurona.config.NeuronaConfig;
import dev.neurona.store.DatabaseConfig;
import dev.neurona.store.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

/**
 * This process as a node of a cluster: on when Neurona stores its state in PostgreSQL (every node
 * started against the same database joins; nothing else is configured). The node's id is kept in
 * its data directory, so a node that restarts knows which runs were its own; its heartbeat in
 * {@code cluster_node} tells the others it is alive.
 */
@ApplicationScoped
public class ClusterNode {

    /** A node whose heartbeat is older than this is taken for dead, and its runs are rescued. */
    public static final Duration LEASE = Duration.ofSeconds(8);

    /** How often a node renews its heartbeat (and does its cluster chores). */
    public static final Duration HEARTBEAT = Duration.ofSeconds(1);

    @Inject DatabaseConfig database;

    @Inject NeuronaConfig config;

    @Inject Jdbc jdbc;

    private volatile String id;

    /** Whether this node shares its queue and run events with others through PostgreSQL. */
    public boolean clustered() {
        return database.url().isPresent();
    }

    /** This node's id, the same across its restarts (it lives in the data directory). */
    public String id() {
        if (id == null) {
            id = readOrCreateId(config.dataDir().resolve("node-id"));
        }
        return id;
    }

    /** Enters this node in {@code cluster_node} with its worker count, or renews its entry. */
    public void register(int workers) throws SQLException {
        jdbc.update(
                "INSERT INTO cluster_node (id, started_at, heartbeat_at, workers) VALUES (?, now(), now(), ?)"
                        + " ON CONFLICT (id) DO UPDATE SET started_at = now(), heartbeat_at = now(), workers = ?",
                id(),
                workers,
                workers);
    }

    /** Renews the heartbeat; false if the node's entry was gone (another node took it for dead). */
    public boolean beat(int workers) throws SQLException {
        int updated =
                jdbc.update("UPDATE cluster_node SET heartbeat_at = now() WHERE id = ?", id());
        if (updated == 0) {
            register(workers);
            return false;
        }
        return true;
    }

    /** Leaves the cluster at a clean shutdown: the others need not wait for the lease to run out. */
    public void leave() throws SQLException {
        jdbc.update("DELETE FROM cluster_node WHERE id = ?", id());
    }

    /** The nodes whose heartbeat is within the lease, and their workers in all. */
    public Live live() {
        return jdbc.first(
                        "SELECT count(*) AS nodes, coalesce(sum(workers), 0) AS workers FROM cluster_node"
                                + " WHERE heartbeat_at > now() - make_interval(secs => ?)",
                        r -> new Live(r.getInt("nodes"), r.getInt("workers")),
                        (double) LEASE.toSeconds())
                .orElse(new Live(0, 0));
    }

    /** Live nodes and their workers. */
    public record Live(int nodes, int workers) {}

    private static String readOrCreateId(Path file) {
        try {
            if (Files.isRegularFile(file)) {
                String stored = Files.readString(file).trim();
                if (!stored.isEmpty()) {
                    return stored;
                }
            }
            String fresh = UUID.randomUUID().toString();
            Files.createDirectories(file.getParent());
            Files.writeString(file, fresh + "\n");
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the node id in " + file, e);
        }
    }
}
