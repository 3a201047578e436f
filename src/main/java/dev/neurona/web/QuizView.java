package dev.neurona.web;

import dev.neurona.lesson.LessonRenderer;
import dev.neurona.lesson.Quiz;
import dev.neurona.lesson.QuizScore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** A quiz ready to draw: question and option text as HTML, and, after an attempt, what was right. */
public record QuizView(
        String id,
        List<QuestionView> questions,
        boolean scored,
        int correct,
        int total,
        String best) {

    /** One question as shown. */
    public record QuestionView(
            int number,
            String html,
            String explanation,
            boolean multiple,
            boolean right,
            List<OptionView> options) {}

    /**
     * One option as shown; {@code name} is its accessible name when the option is a formula alone (KaTeX's markup
     * gives its radio button no name an audit can read), null when the label's own text names it.
     */
    public record OptionView(
            int index, String html, String name, boolean correct, boolean chosen) {}

    private static final Pattern FORMULA_ONLY = Pattern.compile("\\s*\\$([^$]+)\\$\\s*");

    static QuizView of(Quiz quiz, Optional<QuizScore> score, String best, LessonRenderer renderer) {
        List<QuestionView> questions = new ArrayList<>();
        for (int q = 0; q < quiz.questions().size(); q++) {
            Quiz.Question question = quiz.questions().get(q);
            List<OptionView> options = new ArrayList<>();
            for (int o = 0; o < question.options().size(); o++) {
                boolean chosen = score.isPresent() && score.get().chosen().get(q)[o];
                String text = question.options().get(o).text();
                var formula = FORMULA_ONLY.matcher(text);
                options.add(
                        new OptionView(
                                o,
                                renderer.renderInline(text),
                                formula.matches() ? formula.group(1).strip() : null,
                                question.options().get(o).correct(),
                                chosen));
            }
            // authors tend to write the right answer first: show options in a fixed shuffled order
            java.util.Collections.shuffle(
                    options, new java.util.Random((quiz.id() + "#" + q).hashCode()));
            questions.add(
                    new QuestionView(
                            q + 1,
                            renderer.renderInline(question.text()),
                            renderer.renderInline(question.explanation()),
                            question.isMultipleChoice(),
                            score.isPresent() && score.get().right().get(q),
                            options));
        }
        return new QuizView(
                quiz.id(),
                questions,
                score.isPresent(),
                score.map(QuizScore::correct).orElse(0),
                quiz.questions().size(),
                best);
    }

    /** Reads {@code q0=1&q1=0&q1=2} into question → chosen options, ignoring anything malformed. */
    static Map<Integer, Set<Integer>> answers(Map<String, List<String>> form) {
        Map<Integer, Set<Integer>> answers = new HashMap<>();
        form.forEach(
                (key, values) -> {
                    if (key.matches("q\\d{1,3}")) {
                        int question = Integer.parseInt(key.substring(1));
                        for (String value : values) {
                            if (value.matches("\\d{1,3}")) {
                                answers.computeIfAbsent(question, k -> new HashSet<>())
                                        .add(Integer.parseInt(value));
                            }
                        }
                    }
                });
        return answers;
    }
}
