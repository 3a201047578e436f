package dev.neurona.loadtest;

import java.util.List;
import java.util.Map;

/**
 * What each learner of a load test trains: lesson 1.5's MNIST alone (the default), or a mixed class
 * cycling through the course's exercises (MNIST, XOR, the playground, IMDB, Reuters, Boston), each
 * with its lesson's defaults and fewer epochs where a full run would keep a shared machine busy.
 */
record ClassMix(String name, List<Exercise> exercises) {

    /** One exercise as a learner submits it: the lesson page, the exercise and the form's fields. */
    record Exercise(String lesson, String id, Map<String, String> form) {

        String describe() {
            return id + " " + form;
        }
    }

    static final Exercise MNIST =
            new Exercise(
                    "/lessons/1.5",
                    "mnist-1-5",
                    Map.of(
                            "hidden_layers_present",
                            "1",
                            "hidden_units",
                            "64",
                            "hidden_activation",
                            "relu",
                            "epochs",
                            "1",
                            "batch_size",
                            "128"));

    /** {@code mnist} (lesson 1.5 only) or {@code class} (the mixed class). */
    static ClassMix named(String name) {
        return switch (name) {
            case "mnist" -> new ClassMix(name, List.of(MNIST));
            case "class" ->
                    new ClassMix(
                            name,
                            List.of(
                                    MNIST,
                                    new Exercise("/lessons/1.6", "xor-1-6", Map.of()),
                                    new Exercise("/lessons/1.12", "playground-1-12", Map.of()),
                                    new Exercise(
                                            "/lessons/3.3",
                                            "imdb-3-3-final",
                                            Map.of("epochs", "2")),
                                    new Exercise(
                                            "/lessons/3.7", "reuters-3-7", Map.of("epochs", "3")),
                                    new Exercise(
                                            "/lessons/3.10",
                                            "boston-3-10-final",
                                            Map.of("epochs", "40"))));
            default -> throw new IllegalArgumentException("mix: mnist or class, not " + name);
        };
    }

    /** The exercise of the learner numbered {@code learner} (from 1): the mix in turn. */
    Exercise of(int learner) {
        return exercises.get((learner - 1) % exercises.size());
    }
}
