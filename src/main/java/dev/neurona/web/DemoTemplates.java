package dev.neurona.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The dataset demos of lessons 3.2, 3.6 and 3.8 (templates/demos/), whole and as the fragments htmx swaps in. */
@CheckedTemplate(basePath = "demos", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
final class DemoTemplates {

    private DemoTemplates() {}

    /** The review decoder's box around its body. */
    static native TemplateInstance imdbReview(String widgetId, String body);

    /** The form and one review; {@code form} is already HTML. */
    static native TemplateInstance imdbReviewBody(
            String widgetId, String form, ImdbReviewView review);

    /** The index field with its buttons; {@code error} is empty when the value was fine. */
    static native TemplateInstance imdbReviewForm(
            String widgetId, String value, String last, String error);

    static native TemplateInstance reutersTopics(String widgetId, ReutersTopicsView topics);

    /** The feature table's box around its body. */
    static native TemplateInstance bostonFeatures(String widgetId, String body);

    /** The button, the two tables and the notes, original or standardized. */
    static native TemplateInstance bostonFeaturesBody(String widgetId, BostonFeaturesView features);
}
