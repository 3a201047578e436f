package dev.neurona.lesson;

import java.util.List;

/** A quiz of a lesson: questions with options, the correct ones marked, and a one-line explanation each. */
public record Quiz(String id, List<Question> questions) {

    /** One question; it is multiple choice when more than one option is correct. */
    public record Question(String text, List<Option> options, String explanation) {
        public boolean isMultipleChoice() {
            return options.stream().filter(Option::correct).count() > 1;
        }
    }

    /** One option of a question. */
    public record Option(String text, boolean correct) {
    }
}
