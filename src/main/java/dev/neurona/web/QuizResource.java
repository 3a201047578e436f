package dev.neurona.web;

import dev.neurona.classroom.ProgressRepository;
import dev.neurona.lesson.CourseContent;
import dev.neurona.lesson.Quiz;
import dev.neurona.lesson.QuizScore;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Optional;

/** Checks quiz answers on the server and keeps the learner's best score. */
@Path("/quizzes/{id}")
@Produces(MediaType.TEXT_HTML)
public class QuizResource {

    @Inject
    CourseContent content;

    @Inject
    ProgressRepository progress;

    @Inject
    CurrentLearner learner;

    @Inject
    QuizRenderer renderer;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public String check(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        Quiz quiz = quiz(id);
        QuizScore score = QuizScore.of(quiz, QuizView.answers(form));
        progress.recordAttempt(learner.id(), quiz.id(), score.correct(), score.total());
        return renderer.render(quiz, Optional.of(score));
    }

    /** The quiz without answers, to try again. */
    @GET
    public String blank(@PathParam("id") String id) {
        return renderer.render(quiz(id), Optional.empty());
    }

    private Quiz quiz(String id) {
        return content.quiz(id).orElseThrow(() -> new NotFoundException("no quiz " + id));
    }
}
