package dev.neurona.lesson;

import java.util.ArrayList;
import java.util.List;

/** Reads the body of a {@code quiz} block: {@code id:}, then {@code ? question}, {@code - option [*]}, {@code > explanation}. */
public final class QuizParser {

    private QuizParser() {
    }

    public static Quiz parse(String body) {
        String id = null;
        List<Quiz.Question> questions = new ArrayList<>();
        String question = null;
        List<Quiz.Option> options = new ArrayList<>();
        String explanation = "";
        int lineNumber = 0;
        for (String raw : body.split("\n")) {
            lineNumber++;
            String line = raw.trim();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("id:")) {
                id = line.substring(3).trim();
            } else if (line.startsWith("?")) {
                if (question != null) {
                    questions.add(build(question, options, explanation));
                }
                question = line.substring(1).trim();
                options = new ArrayList<>();
                explanation = "";
            } else if (line.startsWith("-") && question != null) {
                String text = line.substring(1).trim();
                boolean correct = text.endsWith(" *") || text.equals("*");
                options.add(new Quiz.Option(correct ? text.substring(0, text.length() - 1).trim() : text, correct));
            } else if (line.startsWith(">") && question != null) {
                explanation = (explanation + " " + line.substring(1).trim()).trim();
            } else {
                throw new IllegalArgumentException("quiz line " + lineNumber + " is not id:, ?, - or >: " + line);
            }
        }
        if (question != null) {
            questions.add(build(question, options, explanation));
        }
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a quiz needs an id: line");
        }
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("quiz " + id + " has no questions");
        }
        return new Quiz(id, List.copyOf(questions));
    }

    private static Quiz.Question build(String text, List<Quiz.Option> options, String explanation) {
        if (options.size() < 2 || options.stream().noneMatch(Quiz.Option::correct)) {
            throw new IllegalArgumentException("question «" + text + "» needs at least two options and one marked * as correct");
        }
        return new Quiz.Question(text, List.copyOf(options), explanation);
    }
}
