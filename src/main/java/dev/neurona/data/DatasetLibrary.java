package dev.neurona.data;

/**
 * The datasets a server offers, loaded on first use and then shared read-only by every run,
 * so thirty learners training MNIST hold one copy of it in memory.
 */
public final class DatasetLibrary {

    private final DatasetFiles files;
    private volatile Mnist mnist;
    private final java.util.Map<String, String> sources =
            new java.util.concurrent.ConcurrentHashMap<>();
    private ExerciseData fashion;
    private Mnist fashionImages;
    private volatile ImageExamples mnistTrain;
    private volatile ImageExamples mnistTest;
    private volatile Imdb imdb;
    private volatile Reuters reuters;
    private volatile BostonHousing boston;

    public DatasetLibrary(DatasetFiles files) {
        this.files = files;
    }

    public synchronized Mnist mnist() throws DatasetUnavailableException {
        if (mnist == null) {
            mnist = Mnist.load(files);
        }
        return mnist;
    }

    /** The 60,000 training images as tensors. */
    public synchronized ImageExamples mnistTrain() throws DatasetUnavailableException {
        if (mnistTrain == null) {
            mnistTrain = new ImageExamples(mnist().train(), Mnist.CLASSES);
        }
        return mnistTrain;
    }

    /** The 10,000 test images as tensors: used for evaluation only, never for training. */
    public synchronized ImageExamples mnistTest() throws DatasetUnavailableException {
        if (mnistTest == null) {
            mnistTest = new ImageExamples(mnist().test(), Mnist.CLASSES);
        }
        return mnistTest;
    }

    /** Fashion-MNIST, when Debian's package was there at build time (it is optional). */
    public synchronized ExerciseData fashion() throws DatasetUnavailableException {
        if (fashion == null) {
            Mnist images = Mnist.load(files, Mnist.FASHION);
            fashion =
                    new ExerciseData(
                            Mnist.FASHION,
                            images.source(),
                            new ImageExamples(images.train(), Mnist.CLASSES),
                            new ImageExamples(images.test(), Mnist.CLASSES),
                            Mnist.FASHION_CLASSES);
            fashionImages = images;
        }
        return fashion;
    }

    /** Fashion-MNIST's raw images, for the gallery of a run's mistakes. */
    public synchronized Mnist fashionImages() throws DatasetUnavailableException {
        fashion();
        return fashionImages;
    }

    /** The IMDB reviews, tokenized and encoded on first use (a few seconds, about 50 MB kept). */
    public synchronized Imdb imdb() throws DatasetUnavailableException {
        if (imdb == null) {
            imdb = Imdb.load(files);
        }
        return imdb;
    }

    public synchronized Reuters reuters() throws DatasetUnavailableException {
        if (reuters == null) {
            reuters = Reuters.load(files);
        }
        return reuters;
    }

    public synchronized BostonHousing boston() throws DatasetUnavailableException {
        if (boston == null) {
            boston = BostonHousing.load(files);
        }
        return boston;
    }

    /** Package and version a dataset comes from, read once from its SOURCE note (nothing is loaded). */
    public String source(String dataset) {
        return sources.computeIfAbsent(dataset, this::readSource);
    }

    private String readSource(String dataset) {
        try {
            if (TruthTable.NAME.equals(dataset) || PlaygroundData.NAME.equals(dataset)) {
                return "";
            }
            return Mnist.NAME.equals(dataset) ? mnist().source() : GzipLines.source(files, dataset);
        } catch (DatasetUnavailableException | java.io.IOException e) {
            return "";
        }
    }

    /** The data of an exercise by dataset name, as the trainer consumes it. */
    public ExerciseData exerciseData(String dataset) throws DatasetUnavailableException {
        return switch (dataset) {
            case Mnist.NAME ->
                    new ExerciseData(dataset, mnist().source(), mnistTrain(), mnistTest(), DIGITS);
            case Mnist.FASHION -> fashion();
            case Imdb.NAME ->
                    new ExerciseData(
                            dataset,
                            imdb().source(),
                            new TextExamples(imdb().train(), Imdb.WORDS, 2),
                            new TextExamples(imdb().test(), Imdb.WORDS, 2),
                            Imdb.LABELS);
            case Reuters.NAME ->
                    new ExerciseData(
                            dataset,
                            reuters().source(),
                            new TextExamples(reuters().train(), Reuters.WORDS, Reuters.TOPICS),
                            new TextExamples(reuters().test(), Reuters.WORDS, Reuters.TOPICS),
                            reuters().topics());
            case BostonHousing.NAME ->
                    new ExerciseData(
                            dataset,
                            boston().source(),
                            boston().trainTensors(),
                            boston().testTensors(),
                            java.util.List.of());
            case TruthTable.NAME ->
                    new ExerciseData(
                            dataset,
                            "truth table",
                            TruthTable.xor(1),
                            TruthTable.xor(1),
                            PlaygroundData.CLASSES);
            default ->
                    throw new DatasetUnavailableException(
                            dataset, "there is no dataset called " + dataset, null);
        };
    }

    private static final java.util.List<String> DIGITS =
            java.util.stream.IntStream.range(0, Mnist.CLASSES).mapToObj(Integer::toString).toList();

    /**
     * Whether a dataset can be had. MNIST is loaded (the pages show it anyway); for the text and
     * regression sets only the bundled file is looked for, since loading IMDB takes seconds.
     */
    public boolean isAvailable(String dataset) {
        String file =
                switch (dataset) {
                    case Mnist.NAME -> null;
                    case TruthTable.NAME, PlaygroundData.NAME -> "generated";
                    case Imdb.NAME -> Imdb.FILE;
                    case Mnist.FASHION -> Mnist.FASHION + "/t10k-labels-idx1-ubyte.gz";
                    case Reuters.NAME -> Reuters.FILE;
                    case BostonHousing.NAME -> BostonHousing.FILE;
                    default -> "";
                };
        if (file == null) {
            try {
                mnist();
                return true;
            } catch (DatasetUnavailableException e) {
                return false;
            }
        }
        if (file.isEmpty()) {
            return false;
        }
        if (file.equals("generated")) {
            return true;
        }
        try (java.io.InputStream in = files.open(file).orElse(null)) {
            return in != null;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
