package dev.neurona.lesson;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The catalog with every lesson rendered once, and the exercises the lessons declare, by id. */
public final class CourseContent {

    private final LessonCatalog catalog;
    private final Map<String, RenderedLesson> rendered = new LinkedHashMap<>();
    private final Map<String, ExerciseDefinition> exercises = new LinkedHashMap<>();
    private final Map<String, Quiz> quizzes = new LinkedHashMap<>();
    private final Map<String, String> quizOfLesson = new LinkedHashMap<>();

    private final LessonSearch search;

    public CourseContent(LessonCatalog catalog, LessonRenderer renderer) {
        this.catalog = catalog;
        this.search = new LessonSearch(catalog.lessons());
        for (Lesson lesson : catalog.lessons()) {
            RenderedLesson page = renderer.render(lesson.markdown());
            rendered.put(lesson.id(), page);
            for (Directive directive : page.directives()) {
                if (directive.kind() == Directive.Kind.QUIZ) {
                    try {
                        Quiz quiz = QuizParser.parse(directive.body());
                        if (quizzes.putIfAbsent(quiz.id(), quiz) == null) {
                            quizOfLesson.putIfAbsent(lesson.id(), quiz.id());
                        }
                    } catch (IllegalArgumentException e) {
                        // the lesson page shows the author what is wrong with it
                    }
                }
                if (directive.kind() == Directive.Kind.EXERCISE) {
                    ExerciseDefinition exercise = ExerciseDefinition.from(directive, lesson.id());
                    if (exercises.putIfAbsent(exercise.id(), exercise) != null) {
                        throw new IllegalStateException("exercise id " + exercise.id() + " is declared twice");
                    }
                }
            }
        }
    }

    public LessonCatalog catalog() {
        return catalog;
    }

    public Optional<RenderedLesson> rendered(String lessonId) {
        return Optional.ofNullable(rendered.get(lessonId));
    }

    public Optional<ExerciseDefinition> exercise(String id) {
        return Optional.ofNullable(exercises.get(id));
    }

    public LessonSearch search() {
        return search;
    }

    /** The id of the quiz a lesson holds, if any. */
    public Optional<String> quizOf(String lessonId) {
        return Optional.ofNullable(quizOfLesson.get(lessonId));
    }

    /** Lesson id → id of the quiz it holds, for every lesson with a quiz. */
    public Map<String, String> quizzesByLesson() {
        return Map.copyOf(quizOfLesson);
    }

    public Optional<Quiz> quiz(String id) {
        return Optional.ofNullable(quizzes.get(id));
    }

    public List<ExerciseDefinition> exercises() {
        return List.copyOf(exercises.values());
    }
}
