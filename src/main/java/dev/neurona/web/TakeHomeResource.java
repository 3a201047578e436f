package dev.neurona.web;

import dev.neurona.data.BostonHousing;
import dev.neurona.data.Imdb;
import dev.neurona.data.Reuters;
import dev.neurona.lesson.CourseContent;
import dev.neurona.lesson.ExerciseDefinition;
import dev.neurona.lesson.Lesson;
import dev.neurona.nn.Dl4jProject;
import dev.neurona.nn.KerasNotebook;
import dev.neurona.nn.NetworkSpec;
import dev.neurona.nn.NotebookText;
import dev.neurona.nn.SpecParseResult;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.stream.Collectors;

/**
 * "Ejecútalo tú mismo": the form as it stands, downloaded as a Keras notebook or a DL4J Maven
 * project. A form with errors, or a project for data DL4J cannot load, is a notice for the box.
 */
@Path("/exercises/{exercise}")
public class TakeHomeResource {

    @Inject CourseContent content;

    @Inject RunSubmission submission;

    @Inject Ui ui;

    @POST
    @Path("notebook")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response notebook(
            @PathParam("exercise") String exerciseId, MultivaluedMap<String, String> form) {
        ExerciseDefinition exercise = exercise(exerciseId);
        SpecParseResult parsed = submission.parse(RunSubmission.bind(exercise, form));
        if (!parsed.isValid()) {
            return invalid(parsed);
        }
        String notebook = KerasNotebook.of(parsed.orElseThrow(), text(exercise));
        return download(
                notebook,
                KerasNotebook.MEDIA_TYPE + "; charset=UTF-8",
                fileName(exercise) + ".ipynb");
    }

    @POST
    @Path("dl4j-project")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response project(
            @PathParam("exercise") String exerciseId, MultivaluedMap<String, String> form) {
        ExerciseDefinition exercise = exercise(exerciseId);
        if (!Dl4jProject.supports(exercise.dataset())) {
            return notice(Response.Status.NOT_FOUND.getStatusCode(), messages().errNoProject());
        }
        SpecParseResult parsed = submission.parse(RunSubmission.bind(exercise, form));
        if (!parsed.isValid()) {
            return invalid(parsed);
        }
        NetworkSpec spec = parsed.orElseThrow();
        byte[] zip = Dl4jProject.zip(spec, fileName(exercise), lessonTitle(exercise));
        return download(zip, Dl4jProject.MEDIA_TYPE, fileName(exercise) + ".zip");
    }

    private NotebookText text(ExerciseDefinition exercise) {
        TakeHomeMessages msg = messages();
        String note =
                switch (exercise.dataset()) {
                    case Reuters.NAME -> msg.reutersNote();
                    case Imdb.NAME -> msg.imdbNote();
                    case BostonHousing.NAME -> msg.bostonNote();
                    default -> "";
                };
        return new NotebookText(
                lessonTitle(exercise),
                msg.notebookIntro(exercise.id()),
                msg.data(),
                note,
                msg.generator(),
                msg.model(),
                msg.fit(),
                msg.evaluate());
    }

    private String lessonTitle(ExerciseDefinition exercise) {
        Lesson lesson =
                content.catalog()
                        .find(exercise.lessonId())
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "exercise " + exercise.id() + " has no lesson"));
        return messages().notebookTitle(lesson.module() + "." + lesson.number(), lesson.title());
    }

    /** The download's name, from the exercise's id kept to characters every file system and header accepts. */
    private static String fileName(ExerciseDefinition exercise) {
        return "neurona-" + exercise.id().replaceAll("[^A-Za-z0-9._-]", "-");
    }

    private static Response download(Object body, String type, String fileName) {
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }

    /** Each refused field by its key (the Keras name the form shows beside its label) with what is wrong. */
    private Response invalid(SpecParseResult parsed) {
        AppMessages msg = ui.msg();
        String details =
                parsed.errors().stream()
                        .map(e -> e.field() + ": " + FieldErrorMessages.message(e, msg))
                        .collect(Collectors.joining("; "));
        return notice(ExerciseResource.UNPROCESSABLE, messages().errForm(details));
    }

    private Response notice(int status, String text) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML)
                .entity(ui.notice(text, true))
                .build();
    }

    private TakeHomeMessages messages() {
        return MessageBundles.get(
                TakeHomeMessages.class, Localized.Literal.of(ui.locale().getLanguage()));
    }

    private ExerciseDefinition exercise(String id) {
        return content.exercise(id).orElseThrow(() -> new NotFoundException("no exercise " + id));
    }
}
