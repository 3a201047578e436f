package dev.neurona.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The facts the dataset demos must show, worked out again from the bundled files with the
 * lessons' recipe (seeded splits, Keras's +3 word index) and none of the server's classes, so a
 * demo test compares the page with an independent answer.
 */
public final class DatasetFacts {

    /** Keras's seed, which the lessons' splits use. */
    public static final long SEED = 113;

    private DatasetFacts() {}

    /** The lines of a bundled gzip file (under {@code datasets/} on the test classpath). */
    public static List<String> lines(String path) {
        InputStream in =
                DatasetFacts.class.getClassLoader().getResourceAsStream("datasets/" + path);
        if (in == null) {
            throw new IllegalStateException("datasets/" + path + " is not on the test classpath");
        }
        try (BufferedReader reader =
                new BufferedReader(
                        new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fisher–Yates from the last element down, each swap partner from {@code random.nextInt(i + 1)}. */
    static void shuffle(int[] values, Random random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }

    /** The line indices of the training side of a per-class split: each class shuffled, its share rounded. */
    static int[] stratifiedTrain(int[] labels, int classes, double fraction) {
        Random random = new Random(SEED);
        List<Integer> train = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] == c) {
                    members.add(i);
                }
            }
            int[] order = members.stream().mapToInt(Integer::intValue).toArray();
            shuffle(order, random);
            for (int k = 0; k < Math.round(order.length * fraction); k++) {
                train.add(order[k]);
            }
        }
        int[] mixed = train.stream().mapToInt(Integer::intValue).toArray();
        shuffle(mixed, random);
        return mixed;
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");

    /** Lowercase words of letters and inner apostrophes; HTML line breaks, digits and punctuation separate them. */
    public static List<String> words(String text) {
        String clean =
                text.replaceAll("(?i)<br\\s*/?>", " ")
                        .toLowerCase(Locale.ROOT)
                        .replace('\u2019', '\'');
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(clean);
        while (m.find()) {
            String word = m.group().replaceAll("^'+|'+$", "");
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** IMDB's training reviews and their word index, as lesson 3.2 builds them. */
    public record ImdbFacts(List<String> texts, int[] labels, Map<String, Integer> wordIndex) {

        /** Training review {@code i} as Keras encodes it: 1, then each word's index, 2 when unknown. */
        public List<Integer> sequence(int i) {
            List<Integer> sequence = new ArrayList<>();
            sequence.add(1);
            for (String word : words(texts.get(i))) {
                sequence.add(wordIndex.getOrDefault(word, 2));
            }
            return sequence;
        }

        /** Number of distinct word indices (4 to 9,999) of training review {@code i}: its multi-hot ones. */
        public long ones(int i) {
            return sequence(i).stream()
                    .filter(index -> index > 2 && index < 10_000)
                    .distinct()
                    .count();
        }
    }

    public static ImdbFacts imdb() {
        List<String> lines = lines("imdb/reviews.tsv.gz");
        int[] labels = lines.stream().mapToInt(line -> line.charAt(0) - '0').toArray();
        int[] train = stratifiedTrain(labels, 2, 0.5);
        List<String> texts = new ArrayList<>();
        int[] trainLabels = new int[train.length];
        Map<String, Integer> counts = new HashMap<>();
        for (int k = 0; k < train.length; k++) {
            String text = lines.get(train[k]).substring(2);
            texts.add(text);
            trainLabels[k] = labels[train[k]];
            for (String word : words(text)) {
                counts.merge(word, 1, Integer::sum);
            }
        }
        List<String> ranked = new ArrayList<>(counts.keySet());
        ranked.sort(
                Comparator.<String>comparingInt(counts::get)
                        .reversed()
                        .thenComparing(Comparator.naturalOrder()));
        Map<String, Integer> index = new HashMap<>();
        for (int rank = 1; rank <= Math.min(9_996, ranked.size()); rank++) {
            index.put(ranked.get(rank - 1), rank + 3);
        }
        return new ImdbFacts(texts, trainLabels, index);
    }

    /** A Reuters topic's articles in training (80 % of them, rounded) and test. */
    public record TopicCount(String topic, int train, int test) {}

    /** The 46 most frequent topics of the single-topic articles, most articles first, ties alphabetically. */
    public static List<TopicCount> reutersTopics() {
        Map<String, Integer> counts = new HashMap<>();
        for (String line : lines("reuters/newswires.tsv.gz")) {
            counts.merge(line.substring(0, line.indexOf('\t')), 1, Integer::sum);
        }
        List<String> topics = new ArrayList<>(counts.keySet());
        topics.sort(
                Comparator.<String>comparingInt(counts::get)
                        .reversed()
                        .thenComparing(Comparator.naturalOrder()));
        List<TopicCount> kept = new ArrayList<>();
        for (String topic : topics.subList(0, 46)) {
            int train = (int) Math.round(counts.get(topic) * 0.8);
            kept.add(new TopicCount(topic, train, counts.get(topic) - train));
        }
        return kept;
    }

    /** Boston's 404 training and 102 test rows of 13 features, split by a seeded shuffle of the 506. */
    public record BostonFacts(double[][] train, double[][] test) {}

    public static BostonFacts boston() {
        List<double[]> rows = new ArrayList<>();
        for (String line : lines("boston/housing.csv.gz").subList(1, 507)) {
            String[] fields = line.split(",");
            double[] row = new double[13];
            for (int j = 0; j < 13; j++) {
                row[j] = Double.parseDouble(fields[j]);
            }
            rows.add(row);
        }
        int[] order = new int[rows.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        shuffle(order, new Random(SEED));
        double[][] train = new double[404][];
        double[][] test = new double[102][];
        for (int i = 0; i < order.length; i++) {
            if (i < 404) {
                train[i] = rows.get(order[i]);
            } else {
                test[i - 404] = rows.get(order[i]);
            }
        }
        return new BostonFacts(train, test);
    }

    public static double mean(double[][] rows, int column) {
        double sum = 0;
        for (double[] row : rows) {
            sum += row[column];
        }
        return sum / rows.length;
    }

    /** Population standard deviation (dividing by n), as numpy's {@code std()}. */
    public static double std(double[][] rows, int column) {
        double mean = mean(rows, column);
        double sum = 0;
        for (double[] row : rows) {
            sum += (row[column] - mean) * (row[column] - mean);
        }
        return Math.sqrt(sum / rows.length);
    }

    /** Three decimals, the demos' print. */
    public static String three(double value) {
        String text = String.format(Locale.ROOT, "%.3f", value);
        return text.equals("-0.000") ? "0.000" : text;
    }
}
