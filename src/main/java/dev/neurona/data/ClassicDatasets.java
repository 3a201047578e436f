package dev.neurona.data;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * The datasets of the Keras lessons on text and regression (IMDB, Reuters, Boston Housing), each
 * loaded on first use and then shared read-only by every run, like {@link DatasetLibrary} does for MNIST.
 */
public final class ClassicDatasets {

    private final DatasetFiles files;
    private volatile Imdb imdb;
    private volatile Reuters reuters;
    private volatile BostonHousing boston;

    public ClassicDatasets(DatasetFiles files) {
        this.files = files;
    }

    /** Tokenizes and encodes the 50,000 reviews on first use (a few seconds, about 50 MB kept). */
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

    /**
     * Whether a dataset's bundled file is there, without loading it: loading IMDB takes seconds,
     * too long for a page that only lists what is available.
     */
    public boolean isAvailable(String dataset) {
        String file = switch (dataset) {
            case Imdb.NAME -> Imdb.FILE;
            case Reuters.NAME -> Reuters.FILE;
            case BostonHousing.NAME -> BostonHousing.FILE;
            default -> null;
        };
        if (file == null) {
            return false;
        }
        try {
            Optional<InputStream> in = files.open(file);
            if (in.isPresent()) {
                in.get().close();
                return true;
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }
}
