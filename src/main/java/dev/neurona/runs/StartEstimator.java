package dev.neurona.runs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Estimates when waiting runs will start: the running runs free their workers after their remaining
 * time, then the waiting ones take the workers in queue order, each for its estimated duration, and
 * never more at once per learner than the learner may run.
 */
final class StartEstimator {

    private StartEstimator() {}

    /** A run on a worker, whose worker is free again in {@code remainingSeconds}. */
    record Busy(String learner, double remainingSeconds) {}

    /** A waiting run, in queue order: whose, how long it should take, and how many runs its learner may run at once. */
    record Pending(String learner, double seconds, int maxRunning) {}

    /** Seconds from now until each pending run starts, in the order given. */
    static long[] startSeconds(int workers, List<Busy> running, List<Pending> queued) {
        double[] free = new double[Math.max(workers, 1)];
        Map<String, List<Double>> ends = new HashMap<>();
        double[] remaining =
                running.stream()
                        .mapToDouble(b -> Math.max(0, b.remainingSeconds()))
                        .sorted()
                        .toArray();
        // more running than workers only happens while the pool shrinks: the soonest done share the
        // workers
        for (int i = 0; i < remaining.length; i++) {
            int worker = i % free.length;
            free[worker] = Math.max(free[worker], remaining[i]);
        }
        for (Busy busy : running) {
            ends.computeIfAbsent(busy.learner(), k -> new ArrayList<>())
                    .add(Math.max(0, busy.remainingSeconds()));
        }
        long[] starts = new long[queued.size()];
        for (int q = 0; q < queued.size(); q++) {
            Pending pending = queued.get(q);
            List<Double> own = ends.computeIfAbsent(pending.learner(), k -> new ArrayList<>());
            double start = Arrays.stream(free).min().orElse(0);
            while (runningAt(own, start) >= Math.max(1, pending.maxRunning())) {
                start = nextEndAfter(own, start);
            }
            // the worker that frees up last by then: earlier ones stay for runs that can start
            // sooner
            int worker = -1;
            for (int w = 0; w < free.length; w++) {
                if (free[w] <= start && (worker < 0 || free[w] > free[worker])) {
                    worker = w;
                }
            }
            double end = start + Math.max(0, pending.seconds());
            free[worker] = end;
            own.add(end);
            starts[q] = (long) Math.ceil(start);
        }
        return starts;
    }

    /**
     * A running run's time left: extrapolated from its progress once it has some, else its epochs
     * at the exercise's recent pace; never beyond its wall-clock limit.
     */
    static double remainingSeconds(
            double elapsedSeconds,
            double progress,
            int totalEpochs,
            double secondsPerEpoch,
            double wallSeconds) {
        double remaining =
                progress >= 0.05
                        ? elapsedSeconds * (1 - progress) / progress
                        : totalEpochs * secondsPerEpoch * (1 - progress);
        return Math.max(0, Math.min(remaining, wallSeconds - elapsedSeconds));
    }

    /**
     * An estimate as precise as it deserves: up to the next 10 s under a minute, to the minute after.
     * Runs are told a new estimate only when this rounded value changes.
     */
    static long rounded(long seconds) {
        if (seconds <= 0) {
            return 0;
        }
        return seconds < 60 ? (seconds + 9) / 10 * 10 : Math.round(seconds / 60.0) * 60;
    }

    private static long runningAt(List<Double> ends, double time) {
        return ends.stream().filter(end -> end > time).count();
    }

    private static double nextEndAfter(List<Double> ends, double time) {
        return ends.stream().filter(end -> end > time).min(Double::compare).orElse(time);
    }
}
