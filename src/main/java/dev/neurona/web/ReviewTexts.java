package dev.neurona.web;

import dev.neurona.data.DatasetUnavailableException;
import dev.neurona.data.Imdb;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The original texts of the IMDB training reviews lesson 3.2 shows, the last few kept: reading one
 * from the bundled file inflates up to 65 MB, and every visit of the lesson opens the same review.
 */
@ApplicationScoped
public class ReviewTexts {

    private static final int KEPT = 64;

    private final Map<Integer, String> recent =
            new LinkedHashMap<>(KEPT, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Integer, String> eldest) {
                    return size() > KEPT;
                }
            };

    String trainText(Imdb imdb, int index) throws DatasetUnavailableException {
        synchronized (recent) {
            String known = recent.get(index);
            if (known != null) {
                return known;
            }
        }
        // read outside the lock: two learners asking for different reviews need not wait for each
        // other
        String text = imdb.trainText(index);
        synchronized (recent) {
            recent.put(index, text);
        }
        return text;
    }
}
