package dev.neurona.nn;

import java.util.Map;
import java.util.Optional;

/**
 * What a network needs to know about its data: the dataset's name, input width, number of outputs
 * and how many training examples there are (validation and folds are carved out of them).
 */
public record DatasetShape(String dataset, int inputs, int outputs, int trainExamples) {

    /** MNIST: 28×28 = 784 pixels in, 10 digits out. */
    public static final DatasetShape MNIST = new DatasetShape("mnist", 784, 10, 60_000);
    /** Fashion-MNIST: the same shapes as MNIST, ten kinds of clothes. */
    public static final DatasetShape FASHION_MNIST = new DatasetShape("fashion-mnist", 784, 10, 60_000);
    /** IMDB: multi-hot vectors of the 10,000 most frequent words, one sigmoid output. */
    public static final DatasetShape IMDB = new DatasetShape("imdb", 10_000, 1, 25_000);
    /** Reuters: multi-hot vectors of 10,000 words, 46 topics. */
    public static final DatasetShape REUTERS = new DatasetShape("reuters", 10_000, 46, 6_883);
    /** Boston Housing: 13 standardised features, the price in k$. */
    public static final DatasetShape BOSTON = new DatasetShape("boston", 13, 1, 404);

    /** Lesson 1.6: the four rows of XOR's truth table. */
    public static final DatasetShape XOR = new DatasetShape("xor", 2, 1, 4);
    /** Lesson 1.12: generated 2-D points; the inputs are the chosen features, at most 2,000 points. */
    public static final DatasetShape PLAYGROUND = new DatasetShape("playground", 2, 1, 2000);

    private static final Map<String, DatasetShape> KNOWN = Map.of(MNIST.dataset(), MNIST, IMDB.dataset(), IMDB,
            REUTERS.dataset(), REUTERS, BOSTON.dataset(), BOSTON, XOR.dataset(), XOR, PLAYGROUND.dataset(), PLAYGROUND,
            FASHION_MNIST.dataset(), FASHION_MNIST);

    /** Whether runs on this data draw a decision map: the inputs are points of a plane. */
    public boolean isPlane() {
        return dataset.equals(XOR.dataset) || dataset.equals(PLAYGROUND.dataset);
    }

    /** The shape of a bundled dataset, by name. */
    public static Optional<DatasetShape> of(String dataset) {
        return Optional.ofNullable(KNOWN.get(dataset));
    }
}
