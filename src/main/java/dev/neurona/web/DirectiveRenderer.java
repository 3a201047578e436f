package dev.neurona.web;

import dev.neurona.lesson.CourseContent;
import dev.neurona.lesson.Directive;
import dev.neurona.lesson.ExerciseDefinition;
import dev.neurona.lesson.Quiz;
import dev.neurona.lesson.QuizParser;
import dev.neurona.nn.DatasetShape;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;

/** Renders a lesson's directives: each goes to the renderer of its kind (exercise, widget, quiz). */
@RequestScoped
public class DirectiveRenderer {

    @Inject Ui ui;

    @Inject CourseContent content;

    @Inject ExerciseRenderer exercises;

    @Inject WidgetRenderer widgets;

    @Inject QuizRenderer quizzes;

    public String render(Directive directive, String lessonId, Optional<String> runId) {
        return render(directive, lessonId, runId, Map.of());
    }

    /** As above; {@code shared} holds a configuration from a shared link, applied to the exercise's editable fields. */
    public String render(
            Directive directive,
            String lessonId,
            Optional<String> runId,
            Map<String, String> shared) {
        return switch (directive.kind()) {
            case EXERCISE -> exercise(directive.value("id", ""), runId, shared);
            case WIDGET -> widgets.render(directive);
            case QUIZ -> quiz(directive);
            case PLANNED ->
                    ui.localize(
                                    LessonTemplates.planned(
                                            directive.value("title", ui.msg().plannedExercise()),
                                            directive.value("text", "")))
                            .render();
        };
    }

    private String exercise(
            String exerciseId, Optional<String> requestedRun, Map<String, String> shared) {
        return content.exercise(exerciseId)
                .map(exercise -> exercises.exercise(exercise, requestedRun, shared))
                .orElseGet(() -> ui.notice(ui.msg().errExerciseNotFound(), true));
    }

    private String quiz(Directive directive) {
        Optional<Quiz> quiz = content.quiz(directive.value("id", ""));
        if (quiz.isPresent()) {
            return quizzes.render(quiz.get(), Optional.empty());
        }
        // the course skipped this quiz when it was read: parse it again only to tell the author why
        try {
            QuizParser.parse(directive.body());
            return ui.notice(ui.msg().quizBroken("duplicate id"), true);
        } catch (IllegalArgumentException e) {
            return ui.notice(ui.msg().quizBroken(e.getMessage()), true);
        }
    }

    /** The data shape an exercise trains on; a playground's inputs follow its features, which the parser counts. */
    static DatasetShape shape(ExerciseDefinition exercise) {
        return DatasetShape.of(exercise.dataset()).orElse(DatasetShape.MNIST);
    }

    /** Whether the exercise's runs draw a decision map (points of the plane). */
    static boolean plane(String dataset) {
        return DatasetShape.of(dataset).map(DatasetShape::isPlane).orElse(false);
    }
}
