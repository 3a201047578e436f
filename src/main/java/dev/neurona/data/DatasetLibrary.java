package dev.neurona.data;

/**
 * The datasets a server offers, loaded on first use and then shared read-only by every run,
 * so thirty learners training MNIST hold one copy of it in memory.
 */
public final class DatasetLibrary {

    private final DatasetFiles files;
    private volatile Mnist mnist;
    private volatile TensorDataset mnistTrain;
    private volatile TensorDataset mnistTest;

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
    public synchronized TensorDataset mnistTrain() throws DatasetUnavailableException {
        if (mnistTrain == null) {
            mnistTrain = TensorDataset.fromImages(mnist().train(), Mnist.CLASSES);
        }
        return mnistTrain;
    }

    /** The 10,000 test images as tensors: used for evaluation only, never for training. */
    public synchronized TensorDataset mnistTest() throws DatasetUnavailableException {
        if (mnistTest == null) {
            mnistTest = TensorDataset.fromImages(mnist().test(), Mnist.CLASSES);
        }
        return mnistTest;
    }

    /** Whether a dataset can be loaded, without loading its tensors. */
    public boolean isAvailable(String dataset) {
        if (!Mnist.NAME.equals(dataset)) {
            return false;
        }
        try {
            mnist();
            return true;
        } catch (DatasetUnavailableException e) {
            return false;
        }
    }
}
