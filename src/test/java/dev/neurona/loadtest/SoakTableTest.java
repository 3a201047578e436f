package dev.neurona.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.loadtest.ServerSample.Figure;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

/** The soak's verdict: a figure fails when its last third averages more than 10% above its middle third. */
class SoakTableTest {

    /** Samples whose resident memory follows {@code rss}; every other judged figure stays flat. */
    private static List<ServerSample> samples(int n, IntToDoubleFunction rss) {
        List<ServerSample> samples = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            samples.add(
                    new ServerSample(
                            10.0 * (i + 1),
                            rss.applyAsDouble(i),
                            200,
                            90,
                            150,
                            24,
                            3000,
                            1 + i,
                            2 + i));
        }
        return samples;
    }

    @Test
    void aFigureThatSettlesAfterTheFirstThirdPasses() {
        // fast growth while warming up, then flat with noise under 10%
        SoakTable table =
                new SoakTable(
                        samples(18, i -> i < 6 ? 600 + 100 * i : 1100 + (i % 2 == 0 ? 40 : -40)));
        assertEquals(List.of(), table.grown());
    }

    @Test
    void aSteadyLeakFails() {
        // +2% per sample: the last third averages about 12% above the middle one
        SoakTable table = new SoakTable(samples(18, i -> 1000 * Math.pow(1.02, i)));
        assertEquals(List.of(Figure.RSS), table.grown());
        assertEquals(Math.pow(1.02, 6) - 1, table.growth(Figure.RSS.value), 1e-9);
    }

    @Test
    void theDatabaseAndModelsGrowWithoutFailingTheSoak() {
        SoakTable table = new SoakTable(samples(9, i -> 1000));
        assertEquals(List.of(), table.grown());
        assertTrue(
                table.average(2, ServerSample::databaseMb)
                        > table.average(1, ServerSample::databaseMb));
    }

    @Test
    void theMiddleThirdTakesTheRemainder() {
        // 10 samples: 3 / 4 / 3
        SoakTable table = new SoakTable(samples(10, i -> i));
        assertEquals(1.0, table.average(0, ServerSample::rssMb));
        assertEquals(4.5, table.average(1, ServerSample::rssMb));
        assertEquals(8.0, table.average(2, ServerSample::rssMb));
    }

    @Test
    void theTableNamesAGrowingFigure() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SoakTable(samples(6, i -> 100 + 50 * i))
                .print(new PrintStream(out, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("resident MB") && printed.contains("GROWS"), printed);
        assertTrue(printed.contains("grows by design"), printed);
    }

    @Test
    void fewerThanThreeSamplesCannotBeJudged() {
        assertThrows(IllegalArgumentException.class, () -> new SoakTable(samples(2, i -> 1)));
    }
}
