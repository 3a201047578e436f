package dev.neurona.runs;

import dev.neurona.config.NeuronaConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;

/** Where finished runs' models are saved: one zip per run under the data directory's {@code models}. */
@ApplicationScoped
class RunModels {

    @Inject
    NeuronaConfig config;

    /** The saved model of a finished run, if it has one. */
    Optional<Path> find(String id) {
        Path file;
        try {
            file = path(id);
        } catch (IllegalArgumentException notARunId) {
            return Optional.empty();
        }
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** The file a run's model goes to; only a run id (a UUID) names one, so no id reaches outside the directory. */
    Path path(String id) {
        return config.dataDir().resolve("models").resolve(UUID.fromString(id) + ".zip");
    }
}
