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

    private GzipLines() {
    }

    /** Feeds every line of {@code relativePath} to {@code handler}; false when the file is missing. */
    static boolean read(DatasetFiles files, String relativePath, LineHandler handler) throws IOException {
        Optional<InputStream> in = files.open(relativePath);
        if (in.isEmpty()) {
            return false;
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(in.get(), 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                handler.line(line, ++number);
            }
        }
        return true;
    }

    /** The first line of a dataset's SOURCE note (its package and version), or "unknown". */
    static String source(DatasetFiles files, String dataset) throws IOException {
        return files.readText(dataset + "/SOURCE").map(s -> s.lines().findFirst().orElse("")).orElse("unknown");
    }
}
