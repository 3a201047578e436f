package dev.neurona.inference;

import dev.neurona.runs.RunService;
import dev.neurona.runs.RunSummary;

import dev.neurona.data.DatasetLibrary;
import dev.neurona.data.DatasetUnavailableException;
import dev.neurona.data.EncodedText;
import dev.neurona.data.Imdb;
import dev.neurona.inference.ReviewRefusedException.Reason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Lesson 3.3's "type a review": a finished IMDB run's saved model (from the {@link ModelCache})
 * scores a review a learner wrote, encoded as the training reviews were.
 */
@ApplicationScoped
public class ReviewScoringService {

    /** Longest review accepted: IMDB reviews average about 1,300 characters. */
    public static final int MAX_CHARACTERS = 5_000;

    @Inject
    RunService runs;

    @Inject
    ModelCache models;

    @Inject
    DatasetLibrary datasets;

    /**
     * The probability that {@code text} is a positive review, according to run {@code runId}'s model.
     *
     * @throws ReviewRefusedException if the run cannot score reviews or the text cannot be scored
     * @throws DatasetUnavailableException if the IMDB vocabulary cannot be loaded
     */
    public ReviewScore score(String runId, String text) throws DatasetUnavailableException {
        ModelCache.Model model = imdbModel(runId);
        if (text != null && text.length() > MAX_CHARACTERS) {
            throw new ReviewRefusedException(Reason.TOO_LONG, "a review has at most " + MAX_CHARACTERS + " characters");
        }
        EncodedText review = datasets.imdb().encoder().encode(text == null ? "" : text);
        if (review.words().isEmpty()) {
            throw new ReviewRefusedException(Reason.EMPTY, "the review has no words");
        }
        float[] output;
        try {
            output = model.output(review.multiHot());
        } catch (UnusableModelException e) {
            throw new ReviewRefusedException(Reason.UNUSABLE, e.getMessage());
        } catch (UncheckedIOException e) {
            throw new ReviewRefusedException(Reason.NO_MODEL, e.getMessage());
        }
        if (output.length != 1 || !(output[0] >= 0f && output[0] <= 1f)) {
            // a sigmoid output is the only one the IMDB exercises allow; NaN means the training diverged
            throw new ReviewRefusedException(Reason.UNUSABLE, "the model's output is not one probability");
        }
        List<ReviewScore.Word> words = new ArrayList<>(review.words().size());
        for (int i = 0; i < review.words().size(); i++) {
            words.add(new ReviewScore.Word(review.words().get(i), review.isKnown(i)));
        }
        return new ReviewScore(output[0], words, review.distinctKnownWords());
    }

    /** The model of a finished IMDB run, or the reason a learner can make sense of. */
    private ModelCache.Model imdbModel(String runId) {
        RunSummary run = runs.summary(runId).orElseThrow(() -> new ReviewRefusedException(Reason.NO_RUN, "no run " + runId));
        if (!Imdb.NAME.equals(run.dataset())) {
            throw new ReviewRefusedException(Reason.NOT_IMDB, "run " + runId + " trained on " + run.dataset());
        }
        try {
            // the model is saved just before the stored state turns FINISHED: a model file is the proof
            return models.model(runId);
        } catch (NoSuchElementException e) {
            throw new ReviewRefusedException(run.state().isTerminal() ? Reason.NO_MODEL : Reason.NOT_FINISHED, e.getMessage());
        }
    }
}
