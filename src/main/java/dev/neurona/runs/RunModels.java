package dev.neurona.runs;

import dev.neurona.cluster.ClusterNode;
import dev.neurona.config.NeuronaConfig;
import dev.neurona.store.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/**
 * Where finished runs' models are saved: one zip per run under the data directory's {@code models}.
 * On several nodes PostgreSQL keeps a copy of each ({@code run_model}), and a node asked for a
 * model another node saved fetches it into its own directory first: every node serves, re-evaluates
 * and predicts with every model, and no shared file system is needed (docs/classroom.md).
 */
@ApplicationScoped
class RunModels {

    @Inject NeuronaConfig config;

    @Inject ClusterNode node;

    @Inject Jdbc jdbc;

    /** The saved model of a finished run, if it has one (fetched from the database if another node saved it). */
    Optional<Path> find(String id) {
        Path file;
        try {
            file = path(id);
        } catch (IllegalArgumentException notARunId) {
            return Optional.empty();
        }
        if (Files.isRegularFile(file)) {
            return Optional.of(file);
        }
        return node.clustered() ? fetch(id, file) : Optional.empty();
    }

    /** The file a run's model goes to; only a run id (a UUID) names one, so no id reaches outside the directory. */
    Path path(String id) {
        return config.dataDir().resolve("models").resolve(UUID.fromString(id) + ".zip");
    }

    /** After a run's model is saved here: on several nodes, the database keeps a copy for the others. */
    void share(String id) {
        if (!node.clustered()) {
            return;
        }
        try {
            jdbc.update(
                    "INSERT INTO run_model (run_id, zip) VALUES (?, ?) ON CONFLICT (run_id) DO NOTHING",
                    id,
                    Files.readAllBytes(path(id)));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the model of run " + id, e);
        } catch (SQLException e) {
            throw new IllegalStateException("could not share the model of run " + id, e);
        }
    }

    private Optional<Path> fetch(String id, Path file) {
        Optional<byte[]> zip =
                jdbc.first("SELECT zip FROM run_model WHERE run_id = ?", r -> r.getBytes(1), id);
        if (zip.isEmpty()) {
            return Optional.empty();
        }
        try {
            Files.createDirectories(file.getParent());
            // written aside and moved, so a reader never sees half a zip
            Path partial = Files.createTempFile(file.getParent(), id, ".part");
            Files.write(partial, zip.get());
            Files.move(
                    partial,
                    file,
                    StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            return Optional.of(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the model of run " + id, e);
        }
    }
}
