package dev.neurona.web;

import dev.neurona.classroom.LearnerProgress;
import dev.neurona.lesson.Glossary;
import dev.neurona.lesson.Lesson;
import dev.neurona.lesson.LessonCatalog;
import dev.neurona.lesson.LessonSearch;
import dev.neurona.nn.ModelSummary;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;
import java.util.Map;

/** The course's pages and the pieces a lesson is made of, with their parameters: a misspelt name or a wrong type fails the build. */
@CheckedTemplate(basePath = "", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
final class LessonTemplates {

    private LessonTemplates() {}

    /** The course map; {@code continueLesson} is null until the learner has visited one. */
    static native TemplateInstance course(
            LessonCatalog course,
            LearnerProgress progress,
            Map<String, String> quizByLesson,
            Lesson continueLesson,
            Lesson firstLesson);

    /** A lesson page: its parts are prose and directives, already HTML; {@code previous} and {@code next} may be null. */
    static native TemplateInstance lesson(
            Lesson lesson,
            List<String> parts,
            String moduleTitle,
            Lesson previous,
            Lesson next,
            PageLibraries libraries);

    static native TemplateInstance search(String query, List<LessonSearch.Hit> hits);

    static native TemplateInstance searchResults(String query, List<LessonSearch.Hit> hits);

    static native TemplateInstance glossary(Glossary glossary);

    static native TemplateInstance notice(String text, boolean error);

    static native TemplateInstance planned(String title, String text);

    static native TemplateInstance quiz(QuizView quiz);

    static native TemplateInstance modelSummary(ModelSummary summary);

    static native TemplateInstance mnistSamples(List<WidgetRenderer.Sample> samples, String split);

    static native TemplateInstance mnistShapes(List<WidgetRenderer.Shape> shapes, String source);
}
