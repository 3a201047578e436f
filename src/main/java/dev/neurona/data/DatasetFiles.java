package dev.neurona.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the prepared dataset files are: an optional directory (for a deployment that keeps them
 * outside the application), then the application's classpath under {@code datasets/}, where the
 * build bundles them.
 */
public final class DatasetFiles {

    private final Optional<Path> directory;
    private final ClassLoader classLoader;

    public DatasetFiles(Optional<Path> directory) {
        this(directory, DatasetFiles.class.getClassLoader());
    }

    /** Only {@code directory}, ignoring what the build bundled (for deployments that ship data separately). */
    public static DatasetFiles directoryOnly(Optional<Path> directory) {
        return new DatasetFiles(directory, new ClassLoader(null) { });
    }

    DatasetFiles(Optional<Path> directory, ClassLoader classLoader) {
        this.directory = directory;
        this.classLoader = classLoader;
    }

    /** Opens {@code relativePath} (e.g. {@code mnist/train-labels-idx1-ubyte.gz}), or returns empty. */
    public Optional<InputStream> open(String relativePath) throws IOException {
        if (directory.isPresent()) {
            Path file = directory.get().resolve(relativePath);
            if (Files.isRegularFile(file)) {
                return Optional.of(Files.newInputStream(file));
            }
        }
        return Optional.ofNullable(classLoader.getResourceAsStream("datasets/" + relativePath));
    }

    /** Reads a small text file next to the data (its SOURCE note), or empty. */
    public Optional<String> readText(String relativePath) throws IOException {
        Optional<InputStream> in = open(relativePath);
        if (in.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream stream = in.get()) {
            return Optional.of(new String(stream.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
