package dev.neurona.web;

import dev.neurona.data.DatasetLibrary;
import dev.neurona.data.DatasetUnavailableException;
import dev.neurona.data.LabeledImages;
import dev.neurona.data.Mnist;
import dev.neurona.lesson.Directive;
import dev.neurona.nn.DatasetShape;
import dev.neurona.nn.ModelSummary;
import dev.neurona.nn.SpecParseResult;
import dev.neurona.nn.SpecParser;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws a lesson's widgets: the MNIST samples and shapes, a model summary, the dataset demos of
 * module 3 ({@link DatasetDemos}) and the interactive illustrations.
 */
@RequestScoped
public class WidgetRenderer {

    @Inject Ui ui;

    @Inject DatasetLibrary datasets;

    @Inject SpecParser parser;

    @Inject Engine engine;

    @Inject DatasetDemos demos;

    private int widgetCount;

    /** A digit shown in a grid: its index in the split and its label. */
    public record Sample(int index, int label) {}

    /** One row of the shapes table. */
    public record Shape(String name, String description, String shape, String dtype) {}

    String render(Directive directive) {
        try {
            return switch (directive.name()) {
                case "mnist-samples" -> mnistSamples(directive);
                case "mnist-shapes" -> mnistShapes();
                case "model-summary" -> modelSummary(directive);
                case "imdb-review" -> demos.imdbReview(nextWidgetId());
                case "reuters-topics" -> demos.reutersTopics(nextWidgetId());
                case "boston-features" -> demos.bostonFeatures(nextWidgetId());
                default -> interactiveWidget(directive);
            };
        } catch (DatasetUnavailableException e) {
            return ui.notice(MissingDataset.notice(e.dataset(), ui.msg()), true);
        }
    }

    /**
     * An interactive illustration: template {@code widgets/NAME.html} (which brings its own script
     * and styles) with the directive's values; a neutral "coming soon" box until it exists. The name
     * comes from the lesson, so the template is looked up when the lesson is drawn; each declares the
     * two parameters it is given.
     */
    private String interactiveWidget(Directive directive) {
        Template template =
                directive.name().matches("[a-z0-9-]+")
                        ? engine.getTemplate("widgets/" + directive.name())
                        : null;
        if (template == null) {
            return ui.localize(
                            LessonTemplates.planned(
                                    directive.name(), ui.msg().widgetComingSoon(directive.name())))
                    .render();
        }
        return ui.localize(
                        template.data("values", directive.values())
                                .data("widgetId", nextWidgetId()))
                .render();
    }

    /** An id unique on the page, which the widget's elements derive theirs from. */
    private String nextWidgetId() {
        return "w" + (++widgetCount);
    }

    private String mnistSamples(Directive directive) throws DatasetUnavailableException {
        String split = "test".equals(directive.value("split", "train")) ? "test" : "train";
        LabeledImages images =
                split.equals("test") ? datasets.mnist().test() : datasets.mnist().train();
        int count =
                Math.max(
                        1,
                        Math.min(
                                100,
                                ExerciseRenderer.parseInt(directive.value("count", "24"), 24)));
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            samples.add(new Sample(i, images.label(i)));
        }
        return ui.localize(LessonTemplates.mnistSamples(samples, split)).render();
    }

    private String mnistShapes() throws DatasetUnavailableException {
        Mnist mnist = datasets.mnist();
        AppMessages msg = ui.msg();
        List<Shape> shapes =
                List.of(
                        new Shape(
                                "train_images", msg.trainImages(), shape3(mnist.train()), "uint8"),
                        new Shape(
                                "train_labels",
                                msg.trainLabels(),
                                "(" + mnist.train().count() + ",)",
                                "uint8"),
                        new Shape("test_images", msg.testImages(), shape3(mnist.test()), "uint8"),
                        new Shape(
                                "test_labels",
                                msg.testLabels(),
                                "(" + mnist.test().count() + ",)",
                                "uint8"));
        return ui.localize(LessonTemplates.mnistShapes(shapes, mnist.source())).render();
    }

    private static String shape3(LabeledImages images) {
        return "(" + images.count() + ", " + images.rows() + ", " + images.cols() + ")";
    }

    private String modelSummary(Directive directive) {
        Map<String, String> values = new LinkedHashMap<>();
        // a summary only needs the layers: the training fields get neutral placeholders
        values.put("hidden", directive.value("hidden", ""));
        values.put("output", directive.value("output", "softmax"));
        values.put("loss", "mse");
        values.put("optimizer", "sgd");
        values.put("learning_rate", "0.01");
        values.put("epochs", "1");
        values.put("batch_size", "1");
        values.put("validation_split", "0");
        values.put("seed", "0");
        SpecParseResult parsed = parser.parse(values, DatasetShape.MNIST);
        if (!parsed.isValid()) {
            return ui.notice(
                    parsed.errors().stream()
                            .map(e -> FieldErrorMessages.message(e, ui.msg()))
                            .findFirst()
                            .orElse(""),
                    true);
        }
        return ui.localize(LessonTemplates.modelSummary(ModelSummary.of(parsed.orElseThrow())))
                .render();
    }
}
