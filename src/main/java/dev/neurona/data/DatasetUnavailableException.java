package dev.neurona.data;

/** A dataset's files are not where the build puts them; the message says how to get them. */
public class DatasetUnavailableException extends Exception {

    private final String dataset;

    public DatasetUnavailableException(String dataset, String message, Throwable cause) {
        super(message, cause);
        this.dataset = dataset;
    }

    public String dataset() {
        return dataset;
    }
}
