package dev.neurona.web;

import dev.neurona.data.DatasetLibrary;
import dev.neurona.data.DatasetUnavailableException;
import dev.neurona.data.Imdb;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Draws the dataset demos of lessons 3.2 (an IMDB review decoded and vectorized), 3.6 (the Reuters
 * topics counted) and 3.8 (the Boston features, standardized with the training statistics), from
 * the server's own data, whole for the lesson page or as the fragments {@link DemoResource} answers.
 */
@RequestScoped
public class DatasetDemos {

    /** The training review a lesson opens with. */
    static final int FIRST_REVIEW = 0;

    @Inject Ui ui;

    @Inject DatasetLibrary datasets;

    @Inject ReviewTexts texts;

    String imdbReview(String widgetId) throws DatasetUnavailableException {
        return render(DemoTemplates.imdbReview(widgetId, imdbReviewBody(widgetId, FIRST_REVIEW)));
    }

    /** The body for training review {@code index}, which the caller has checked. */
    String imdbReviewBody(String widgetId, int index) throws DatasetUnavailableException {
        Imdb imdb = datasets.imdb();
        ImdbReviewView review = ImdbReviewView.of(imdb, index, texts.trainText(imdb, index));
        String form = imdbReviewForm(widgetId, Integer.toString(index), "");
        return render(DemoTemplates.imdbReviewBody(widgetId, form, review));
    }

    String imdbReviewForm(String widgetId, String value, String error)
            throws DatasetUnavailableException {
        return render(
                DemoTemplates.imdbReviewForm(
                        widgetId, value, Formats.thousands(lastReview()), error));
    }

    /** The highest training review index (24,999). */
    int lastReview() throws DatasetUnavailableException {
        return datasets.imdb().train().size() - 1;
    }

    String reutersTopics(String widgetId) throws DatasetUnavailableException {
        return render(
                DemoTemplates.reutersTopics(widgetId, ReutersTopicsView.of(datasets.reuters())));
    }

    String bostonFeatures(String widgetId) throws DatasetUnavailableException {
        return render(DemoTemplates.bostonFeatures(widgetId, bostonFeaturesBody(widgetId, false)));
    }

    String bostonFeaturesBody(String widgetId, boolean standardized)
            throws DatasetUnavailableException {
        return render(
                DemoTemplates.bostonFeaturesBody(
                        widgetId, BostonFeaturesView.of(datasets.boston(), standardized)));
    }

    private String render(io.quarkus.qute.TemplateInstance instance) {
        return ui.localize(instance).render();
    }
}
