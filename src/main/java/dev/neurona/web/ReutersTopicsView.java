package dev.neurona.web;

import dev.neurona.data.Reuters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Lesson 3.6's topic distribution: each Reuters topic's articles in training and test, most
 * frequent first, the bar lengths on a shared axis, and the "always answer the top topic" baseline.
 */
public record ReutersTopicsView(
        List<Row> rows,
        int trainTotal,
        int testTotal,
        List<Tick> ticks,
        String topTwoShare,
        String baseline,
        String chance) {

    /** One topic: its counts, each as a share of its set and as a bar length on the axis. */
    public record Row(
            int rank,
            String topic,
            int train,
            int test,
            String trainShare,
            String testShare,
            String trainBar,
            String testBar) {

        /** The training count as the page prints it: 2,988. */
        public String trainNumber() {
            return Formats.thousands(train);
        }

        public String testNumber() {
            return Formats.thousands(test);
        }
    }

    /** One axis tick: its count and where it falls, as a CSS percentage. */
    public record Tick(int count, String left) {

        public String number() {
            return Formats.thousands(count);
        }
    }

    static ReutersTopicsView of(Reuters reuters) {
        int[] train = reuters.train().labelCounts(Reuters.TOPICS);
        int[] test = reuters.test().labelCounts(Reuters.TOPICS);
        int trainTotal = reuters.train().size();
        int testTotal = reuters.test().size();
        List<Integer> order = new ArrayList<>();
        for (int t = 0; t < Reuters.TOPICS; t++) {
            order.add(t);
        }
        List<String> names = reuters.topics();
        order.sort(
                Comparator.<Integer>comparingInt(t -> train[t])
                        .reversed()
                        .thenComparing(Comparator.<Integer>comparingInt(t -> test[t]).reversed())
                        .thenComparing(names::get));
        int step = step(train[order.get(0)]);
        int axisMax = step * (int) Math.ceil((double) train[order.get(0)] / step);
        List<Row> rows = new ArrayList<>();
        for (int t : order) {
            rows.add(
                    new Row(
                            rows.size() + 1,
                            names.get(t),
                            train[t],
                            test[t],
                            share(train[t], trainTotal),
                            share(test[t], testTotal),
                            percent(train[t], axisMax),
                            percent(test[t], axisMax)));
        }
        List<Tick> ticks = new ArrayList<>();
        for (int count = 0; count <= axisMax; count += step) {
            ticks.add(new Tick(count, percent(count, axisMax)));
        }
        int first = order.get(0);
        return new ReutersTopicsView(
                rows,
                trainTotal,
                testTotal,
                ticks,
                share(train[first] + train[order.get(1)], trainTotal),
                share(test[first], testTotal),
                share(1, Reuters.TOPICS));
    }

    public String trainTotalNumber() {
        return Formats.thousands(trainTotal);
    }

    public String testTotalNumber() {
        return Formats.thousands(testTotal);
    }

    /** The distance between two ticks, as a CSS percentage of the axis: the grid lines' spacing. */
    public String gridStep() {
        return ticks.get(1).left();
    }

    public Row first() {
        return rows.get(0);
    }

    public Row second() {
        return rows.get(1);
    }

    public Row last() {
        return rows.get(rows.size() - 1);
    }

    /** A tick step of 1, 2 or 5 × 10^k giving at most six ticks up to {@code max}. */
    static int step(int max) {
        int step = 1;
        while (true) {
            for (int m : new int[] {1, 2, 5}) {
                if (step * m * 6 >= max) {
                    return step * m;
                }
            }
            step *= 10;
        }
    }

    /** 747 of 1,721 → "43.4". */
    private static String share(int part, int whole) {
        return String.format(Locale.ROOT, "%.1f", 100.0 * part / whole);
    }

    private static String percent(int part, int whole) {
        return String.format(Locale.ROOT, "%.2f%%", 100.0 * part / whole);
    }
}
