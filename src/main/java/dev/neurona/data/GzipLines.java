package dev.neurona.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/** Reads a bundled gzip-compressed UTF-8 text file line by line, without holding it whole in memory. */
final class GzipLines {

    /** Receives one line and its 1-based number. */
    @FunctionalInterface
    interface LineHandler {
        void line(String line, int number) throws IOException;
    }

    private GzipLines() {}

    /** Feeds every line of {@code relativePath} to {@code handler}; false when the file is missing. */
    static boolean read(DatasetFiles files, String relativePath, LineHandler handler)
            throws IOException {
        Optional<InputStream> in = files.open(relativePath);
        if (in.isEmpty()) {
            return false;
        }
        try (BufferedReader reader =
                new BufferedReader(
                        new InputStreamReader(
                                new GZIPInputStream(in.get(), 1 << 16), StandardCharsets.UTF_8),
                        1 << 16)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                handler.line(line, ++number);
            }
        }
        return true;
    }

    /**
     * Line {@code number} (1-based) of {@code relativePath}, read without building the lines before
     * it: bytes are only scanned for line ends, so fetching one review of IMDB's 65 MB costs the
     * inflating and little else. Empty when the file is missing or shorter.
     */
    static Optional<String> line(DatasetFiles files, String relativePath, int number)
            throws IOException {
        Optional<InputStream> in = files.open(relativePath);
        if (in.isEmpty() || number < 1) {
            return Optional.empty();
        }
        try (InputStream gzip = new GZIPInputStream(in.get(), 1 << 16)) {
            byte[] buffer = new byte[1 << 16];
            java.io.ByteArrayOutputStream wanted = new java.io.ByteArrayOutputStream();
            int current = 1;
            int read;
            while ((read = gzip.read(buffer)) > 0) {
                int start = 0;
                for (int i = 0; i < read; i++) {
                    if (buffer[i] != '\n') {
                        continue;
                    }
                    if (current == number) {
                        wanted.write(buffer, start, i - start);
                        return Optional.of(wanted.toString(StandardCharsets.UTF_8));
                    }
                    current++;
                    start = i + 1;
                }
                if (current == number) {
                    wanted.write(buffer, start, read - start);
                }
            }
            return current == number && wanted.size() > 0
                    ? Optional.of(wanted.toString(StandardCharsets.UTF_8))
                    : Optional.empty();
        }
    }

    /** The first line of a dataset's SOURCE note (its package and version), or "unknown". */
    static String source(DatasetFiles files, String dataset) throws IOException {
        return files.readText(dataset + "/SOURCE")
                .map(s -> s.lines().findFirst().orElse(""))
                .orElse("unknown");
    }
}
