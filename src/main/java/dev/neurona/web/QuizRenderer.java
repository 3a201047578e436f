package dev.neurona.web;

import dev.neurona.classroom.ProgressRepository;
import dev.neurona.lesson.LessonRenderer;
import dev.neurona.lesson.Quiz;
import dev.neurona.lesson.QuizScore;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.OptionalInt;

/** Draws a quiz, blank or with the feedback of an attempt, and the learner's best score. */
@RequestScoped
public class QuizRenderer {

    private static final LessonRenderer TEXT = new LessonRenderer();

    @Inject
    ProgressRepository progress;

    @Inject
    CurrentLearner learner;

    @Inject
    Ui ui;

    String render(Quiz quiz, Optional<QuizScore> score) {
        OptionalInt best = progress.bestScore(learner.id(), quiz.id());
        String bestText = best.isPresent() ? best.getAsInt() + "/" + quiz.questions().size() : "";
        return ui.localize(LessonTemplates.quiz(QuizView.of(quiz, score, bestText, TEXT))).render();
    }
}
