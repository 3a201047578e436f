package dev.neurona.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The result of one attempt at a quiz: which questions were right, and the score. */
public record QuizScore(String quizId, List<boolean[]> chosen, List<Boolean> right, int correct, int total) {

    /** Scores an attempt: a question counts only if exactly its correct options were chosen. */
    public static QuizScore of(Quiz quiz, Map<Integer, Set<Integer>> answers) {
        List<boolean[]> chosen = new ArrayList<>();
        List<Boolean> right = new ArrayList<>();
        int correct = 0;
        for (int q = 0; q < quiz.questions().size(); q++) {
            Quiz.Question question = quiz.questions().get(q);
            Set<Integer> picked = answers.getOrDefault(q, Set.of());
            boolean[] marks = new boolean[question.options().size()];
            boolean ok = true;
            for (int o = 0; o < marks.length; o++) {
                marks[o] = picked.contains(o);
                ok &= marks[o] == question.options().get(o).correct();
            }
            chosen.add(marks);
            right.add(ok);
            correct += ok ? 1 : 0;
        }
        return new QuizScore(quiz.id(), chosen, right, correct, quiz.questions().size());
    }

    public boolean answered(int question) {
        for (boolean b : chosen.get(question)) {
            if (b) {
                return true;
            }
        }
        return false;
    }
}
