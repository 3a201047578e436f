package dev.neurona.loadtest;

import dev.neurona.loadtest.ServerSample.Figure;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The soak's samples and verdict: every sample, then each figure's average over the first, middle and
 * last third of the samples. A judged figure passes when the last third's average is at most 10% above
 * the middle third's (the first third is the server settling: caches filling, the code compiling).
 */
final class SoakTable {

    /** The growth allowed from the middle third's average to the last third's. */
    static final double ALLOWED_GROWTH = 0.10;

    private final List<ServerSample> samples;

    SoakTable(List<ServerSample> samples) {
        if (samples.size() < 3) {
            throw new IllegalArgumentException(
                    "a soak needs at least 3 samples, got " + samples.size());
        }
        this.samples = List.copyOf(samples);
    }

    /** The judged figures whose last third grew more than allowed over the middle third. */
    List<Figure> grown() {
        List<Figure> grown = new ArrayList<>();
        for (Figure figure : Figure.values()) {
            if (growth(figure.value) > ALLOWED_GROWTH) {
                grown.add(figure);
            }
        }
        return grown;
    }

    /** The last third's average over the middle third's, minus 1 (0 when both are 0). */
    double growth(ToDoubleFunction<ServerSample> value) {
        double middle = average(1, value);
        double last = average(2, value);
        if (middle == 0) {
            return last == 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        return last / middle - 1;
    }

    /** The average of a figure over one third of the samples (0, 1, 2); the middle third takes the remainder. */
    double average(int third, ToDoubleFunction<ServerSample> value) {
        return thirdOf(third).stream().mapToDouble(value).average().orElse(Double.NaN);
    }

    private List<ServerSample> thirdOf(int third) {
        int n = samples.size();
        int size = n / 3;
        return switch (third) {
            case 0 -> samples.subList(0, size);
            case 1 -> samples.subList(size, n - size);
            default -> samples.subList(n - size, n);
        };
    }

    void print(PrintStream out) {
        out.println("samples (every 10 s):");
        out.printf(
                "  %7s %9s %12s %8s %8s %9s %9s %10s %10s%n",
                "t (s)",
                "RSS MB",
                "heap/GC MB",
                "threads",
                "fds",
                "run logs",
                "events",
                "db MB",
                "models MB");
        for (ServerSample s : samples) {
            out.printf(
                    Locale.ROOT,
                    "  %7.0f %9.0f %12.1f %8.0f %8.0f %9.0f %9.0f %10.1f %10.1f%n",
                    s.seconds(),
                    s.rssMb(),
                    s.heapAfterGcMb(),
                    s.threads(),
                    s.fds(),
                    s.logsHeld(),
                    s.eventsHeld(),
                    s.databaseMb(),
                    s.modelsMb());
        }
        out.println();
        out.printf(
                "per-third averages (%d samples: %d / %d / %d):%n",
                samples.size(), thirdOf(0).size(), thirdOf(1).size(), thirdOf(2).size());
        out.printf(
                "  %-18s %10s %10s %10s %9s  %s%n",
                "figure", "first", "middle", "last", "last/mid", "verdict");
        for (Figure figure : Figure.values()) {
            double growth = growth(figure.value);
            row(
                    out,
                    figure.label,
                    figure.value,
                    String.format(Locale.ROOT, "%+.1f%%", growth * 100),
                    growth > ALLOWED_GROWTH ? "GROWS" : "ok");
        }
        row(
                out,
                "database MB",
                ServerSample::databaseMb,
                "",
                "grows by design (reported, not judged)");
        row(out, "models MB", ServerSample::modelsMb, "", "grows by design (reported, not judged)");
    }

    private void row(
            PrintStream out,
            String label,
            ToDoubleFunction<ServerSample> value,
            String growth,
            String verdict) {
        out.printf(
                Locale.ROOT,
                "  %-18s %10.1f %10.1f %10.1f %9s  %s%n",
                label,
                average(0, value),
                average(1, value),
                average(2, value),
                growth,
                verdict);
    }
}
