package dev.neurona.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Column statistics (lesson 3.8's table) and reading one line of a bundled file (lesson 3.2's review text). */
class FeatureStatisticsTest {

    @Test
    void measuresMeanDeviationMinimumAndMaximumOfEachColumn() {
        // lesson 3.8's example: 2, 4 and 6 have mean 4 and deviation sqrt(8 / 3)
        FeatureStatistics stats = FeatureStatistics.of(new double[][] {{2, 5}, {4, 5}, {6, 5}});
        assertArrayEquals(new double[] {4, 5}, stats.mean(), 1e-12);
        assertArrayEquals(new double[] {Math.sqrt(8.0 / 3), 0}, stats.std(), 1e-12);
        assertArrayEquals(new double[] {2, 5}, stats.min(), 0);
        assertArrayEquals(new double[] {6, 5}, stats.max(), 0);
        assertThrows(IllegalArgumentException.class, () -> FeatureStatistics.of(new double[0][]));
    }

    @Test
    void standardizingKeepsAConstantColumnAtZero() {
        Standardizer scaler = Standardizer.fit(new double[][] {{2, 5}, {4, 5}, {6, 5}});
        assertArrayEquals(
                new double[] {-2 / Math.sqrt(8.0 / 3), 0},
                scaler.apply(new double[] {2, 5}),
                1e-12);
    }

    @Test
    void readsOneLineWithoutTheOthers(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("set"));
        // lines longer than the read buffer, and a last line with no line end
        String long1 = "a".repeat(100_000);
        String long2 = "é".repeat(70_000);
        try (OutputStream out =
                new GZIPOutputStream(Files.newOutputStream(dir.resolve("set/lines.gz")))) {
            out.write((long1 + "\n" + long2 + "\nlast").getBytes(StandardCharsets.UTF_8));
        }
        DatasetFiles files = DatasetFiles.directoryOnly(Optional.of(dir));
        assertEquals(Optional.of(long1), GzipLines.line(files, "set/lines.gz", 1));
        assertEquals(Optional.of(long2), GzipLines.line(files, "set/lines.gz", 2));
        assertEquals(Optional.of("last"), GzipLines.line(files, "set/lines.gz", 3));
        assertEquals(Optional.empty(), GzipLines.line(files, "set/lines.gz", 4));
        assertEquals(Optional.empty(), GzipLines.line(files, "set/missing.gz", 1));
    }
}
