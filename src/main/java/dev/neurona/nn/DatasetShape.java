package dev.neurona.nn;

/** What a network needs to know about its data: the dataset's name, input width and number of outputs. */
public record DatasetShape(String dataset, int inputs, int outputs) {

    /** MNIST: 28×28 = 784 pixels in, 10 digits out. */
    public static final DatasetShape MNIST = new DatasetShape("mnist", 784, 10);
}
