package dev.neurona.web;

import dev.neurona.data.DatasetLibrary;
import dev.neurona.data.DatasetUnavailableException;
import dev.neurona.data.LabeledImages;
import dev.neurona.data.Mnist;
import dev.neurona.lesson.CourseContent;
import dev.neurona.lesson.Directive;
import dev.neurona.lesson.ExerciseDefinition;
import dev.neurona.lesson.Quiz;
import dev.neurona.lesson.QuizParser;
import dev.neurona.nn.DatasetShape;
import dev.neurona.nn.ModelSummary;
import dev.neurona.nn.NetworkSpec;
import dev.neurona.nn.SpecParseResult;
import dev.neurona.nn.SpecParser;
import dev.neurona.config.NeuronaConfig;
import dev.neurona.runs.RunService;
import dev.neurona.runs.RunSummary;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Renders a lesson's directives: the exercise (form, run, history) and the widgets. */
@RequestScoped
public class DirectiveRenderer {

    @Inject
    Views views;

    @Inject
    Ui ui;

    @Inject
    CourseContent content;

    @Inject
    DatasetLibrary datasets;

    @Inject
    SpecParser parser;

    @Inject
    RunService runs;

    @Inject
    CurrentLearner learner;

    @Inject
    RunAccess access;

    @Inject
    NeuronaConfig config;

    @Inject
    QuizRenderer quizzes;

    @Inject
    Engine engine;

    private int widgetCount;

    /** A digit shown in a grid: its index in the split and its label. */
    public record Sample(int index, int label) {
    }

    /** One row of the shapes table. */
    public record Shape(String name, String description, String shape, String dtype) {
    }

    public String render(Directive directive, String lessonId, Optional<String> runId) {
        return render(directive, lessonId, runId, Map.of());
    }

    /** As above; {@code shared} holds a configuration from a shared link, applied to the exercise's editable fields. */
    public String render(Directive directive, String lessonId, Optional<String> runId, Map<String, String> shared) {
        return switch (directive.kind()) {
            case EXERCISE -> exercise(directive.value("id", ""), runId, shared);
            case WIDGET -> widget(directive);
            case QUIZ -> quiz(directive);
            case PLANNED -> ui.localize(views.planned.data("title", directive.value("title", ui.msg().plannedExercise()))
                    .data("text", directive.value("text", ""))).render();
        };
    }

    private String quiz(Directive directive) {
        Optional<Quiz> quiz = content.quiz(directive.value("id", ""));
        if (quiz.isPresent()) {
            return quizzes.render(quiz.get(), Optional.empty());
        }
        // the course skipped this quiz when it was read: parse it again only to tell the author why
        try {
            QuizParser.parse(directive.body());
            return notice(ui.msg().quizBroken("duplicate id"), true);
        } catch (IllegalArgumentException e) {
            return notice(ui.msg().quizBroken(e.getMessage()), true);
        }
    }

    private String exercise(String exerciseId, Optional<String> requestedRun, Map<String, String> shared) {
        Optional<ExerciseDefinition> found = content.exercise(exerciseId);
        if (found.isEmpty()) {
            return notice(ui.msg().errExerciseNotFound(), true);
        }
        ExerciseDefinition exercise = found.get();
        boolean available = datasets.isAvailable(exercise.dataset());
        Optional<String> shown = requestedRun.flatMap(access::summary)
                .filter(r -> r.exerciseId().equals(exerciseId))
                .map(RunSummary::id)
                .or(() -> runs.history(learner.id(), 50).stream().filter(r -> r.exerciseId().equals(exerciseId))
                        .findFirst().map(RunSummary::id));
        String panel = shown.flatMap(runs::summary).map(r -> runPanel(r).render()).orElse("");
        return exerciseForm(views.exercise, sharedForm(exercise, shared))
                .data("dataset", exercise.dataset())
                .data("datasetSource", available ? datasets.source(exercise.dataset()) : "")
                .data("presets", exercise.presets())
                .data("compare", exercise.compareSeries().orElse(""))
                .data("datasetMissing", !available)
                .data("runPanel", panel)
                .data("exerciseId", exercise.id())
                .data("uploadError", "")
                .render();
    }

    /** The lesson's form, or the configuration of a shared link (with its errors shown, if any). */
    private ExerciseForm sharedForm(ExerciseDefinition exercise, Map<String, String> shared) {
        if (shared.isEmpty()) {
            return ExerciseForm.initial(exercise);
        }
        Map<String, String> values = exercise.merge(shared);
        List<dev.neurona.nn.LayerInput> layers = dev.neurona.nn.LayerInput.parseAll(values.getOrDefault("hidden", ""));
        SpecParseResult parsed = parser.parse(values, layers, shape(exercise));
        return ExerciseForm.withErrors(exercise, values, layers, parsed.errors(), ui.msg());
    }

    /** The form template (alone or inside the exercise) with everything it needs. */
    TemplateInstance exerciseForm(io.quarkus.qute.Template template, ExerciseForm form) {
        DatasetShape shape = shape(form.exercise());
        SpecParseResult parsed = parser.parse(form.values(), form.layerInputs(), shape);
        String parameters = parsed.spec().map(s -> Formats.thousands(s.parameterCount())).orElse("");
        return ui.localize(template.instance())
                .data("form", form)
                .data("maxUnits", config.limits().maxUnits())
                .data("maxLayers", config.limits().maxHiddenLayers())
                .data("outputs", shape.outputs())
                .data("parameters", parameters)
                .data("oob", false);
    }

    /** The live panel of a run: charts of its loss and metric (one curve per fold with K-fold), epoch table, result. */
    TemplateInstance runPanel(String runId, NetworkSpec spec) {
        return runPanel(runId, spec.epochs(), spec.metric().kerasName(), spec.folds(), spec.dataset());
    }

    TemplateInstance runPanel(RunSummary run) {
        return runPanel(run.id(), run.epochs(), run.metricName(), parseInt(run.config().getOrDefault("kfold", "0"), 0), run.dataset());
    }

    private TemplateInstance runPanel(String runId, int epochs, String metric, int folds, String dataset) {
        return ui.localize(views.runPanel.data("runId", runId).data("epochs", epochs).data("metric", metric)
                .data("folds", folds >= 2 ? folds : 0).data("dataset", dataset).data("plane", plane(dataset)));
    }

    /** The data shape an exercise trains on; a playground's inputs follow its features, which the parser counts. */
    static DatasetShape shape(ExerciseDefinition exercise) {
        return DatasetShape.of(exercise.dataset()).orElse(DatasetShape.MNIST);
    }

    /** Whether the exercise's runs draw a decision map (points of the plane). */
    static boolean plane(String dataset) {
        return DatasetShape.of(dataset).map(DatasetShape::isPlane).orElse(false);
    }

    private String widget(Directive directive) {
        try {
            return switch (directive.name()) {
                case "mnist-samples" -> mnistSamples(directive);
                case "mnist-shapes" -> mnistShapes();
                case "model-summary" -> modelSummary(directive);
                default -> interactiveWidget(directive);
            };
        } catch (DatasetUnavailableException e) {
            return notice(ui.msg().errDatasetUnavailable(), true);
        }
    }

    /**
     * An interactive illustration: template {@code widgets/NAME.html} (which brings its own script
     * and styles) with the directive's values; a neutral "coming soon" box until it exists.
     */
    private String interactiveWidget(Directive directive) {
        Template template = directive.name().matches("[a-z0-9-]+") ? engine.getTemplate("widgets/" + directive.name()) : null;
        if (template == null) {
            return ui.localize(views.planned.data("title", directive.name())
                    .data("text", ui.msg().widgetComingSoon(directive.name()))).render();
        }
        return ui.localize(template.data("values", directive.values()).data("widgetId", "w" + (++widgetCount))).render();
    }

    private String mnistSamples(Directive directive) throws DatasetUnavailableException {
        String split = "test".equals(directive.value("split", "train")) ? "test" : "train";
        LabeledImages images = split.equals("test") ? datasets.mnist().test() : datasets.mnist().train();
        int count = Math.max(1, Math.min(100, parseInt(directive.value("count", "24"), 24)));
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            samples.add(new Sample(i, images.label(i)));
        }
        return ui.localize(views.mnistSamples.data("samples", samples).data("split", split)).render();
    }

    private String mnistShapes() throws DatasetUnavailableException {
        Mnist mnist = datasets.mnist();
        AppMessages msg = ui.msg();
        List<Shape> shapes = List.of(
                new Shape("train_images", msg.trainImages(), shape3(mnist.train()), "uint8"),
                new Shape("train_labels", msg.trainLabels(), "(" + mnist.train().count() + ",)", "uint8"),
                new Shape("test_images", msg.testImages(), shape3(mnist.test()), "uint8"),
                new Shape("test_labels", msg.testLabels(), "(" + mnist.test().count() + ",)", "uint8"));
        return ui.localize(views.mnistShapes.data("shapes", shapes).data("source", mnist.source())).render();
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
            return notice(parsed.errors().stream().map(e -> FieldErrorMessages.message(e, ui.msg())).findFirst().orElse(""), true);
        }
        return summary(ModelSummary.of(parsed.orElseThrow()));
    }

    String summary(ModelSummary summary) {
        return ui.localize(views.modelSummary.data("summary", summary)).render();
    }

    String notice(String text, boolean error) {
        return ui.localize(views.notice.data("text", text).data("error", error)).render();
    }

    private static int parseInt(String text, int fallback) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
