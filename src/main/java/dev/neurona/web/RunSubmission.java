package dev.neurona.web;

import dev.neurona.data.DatasetLibrary;
import dev.neurona.lesson.ExerciseDefinition;
import dev.neurona.nn.LayerInput;
import dev.neurona.nn.NetworkSpec;
import dev.neurona.nn.SpecField;
import dev.neurona.nn.SpecParseResult;
import dev.neurona.nn.SpecParser;
import dev.neurona.runs.RunRefusedException;
import dev.neurona.runs.RunRequest;
import dev.neurona.runs.RunService;
import dev.neurona.runs.TrainingRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns an exercise's configuration into a queued run: binds it, parses it, checks the dataset and
 * submits it. "Entrenar", "Volver a entrenar" and the form itself all go through here; whatever stops
 * a run on the way comes out as one {@link SubmissionRefused}.
 */
@ApplicationScoped
public class RunSubmission {

    @Inject
    SpecParser parser;

    @Inject
    DatasetLibrary datasets;

    @Inject
    RunService runs;

    @Inject
    LearnerRunLimits limits;

    /** The lesson's own configuration parsed once per exercise: every blank form shows its parameter count. */
    private final Map<String, SpecParseResult> lessonSpecs = new ConcurrentHashMap<>();

    /** A configuration for an exercise: the lesson's values with the learner's for the fields they may change. */
    public record Attempt(ExerciseDefinition exercise, Map<String, String> values, List<LayerInput> layers) {
    }

    /** A run that was queued, with the spec it trains. */
    public record Queued(TrainingRun run, NetworkSpec spec) {
    }

    /** The exercise form as sent; hidden layers come from its rows only where the lesson lets learners change them. */
    static Attempt bind(ExerciseDefinition exercise, MultivaluedMap<String, String> form) {
        ExerciseForm.Submitted submitted = ExerciseForm.bind(form);
        Map<String, String> values = exercise.merge(submitted.values());
        List<LayerInput> layers = exercise.isEditable(SpecField.HIDDEN.key()) && submitted.layers().isPresent()
                ? submitted.layers().get()
                : LayerInput.parseAll(values.getOrDefault(SpecField.HIDDEN.key(), ""));
        return new Attempt(exercise, values, layers);
    }

    /** A configuration given as {@code key: value} (a stored run, a shared link); the lesson keeps the last word on its fixed fields. */
    static Attempt of(ExerciseDefinition exercise, Map<String, String> config) {
        Map<String, String> values = exercise.merge(config);
        return new Attempt(exercise, values, LayerInput.parseAll(values.getOrDefault(SpecField.HIDDEN.key(), "")));
    }

    /** The attempt checked against the network rules and the exercise's data shape. */
    public SpecParseResult parse(Attempt attempt) {
        return parser.parse(attempt.values(), attempt.layers(), DirectiveRenderer.shape(attempt.exercise()));
    }

    /** As {@link #parse} for the lesson's own configuration, which never changes while the server runs. */
    public SpecParseResult lessonSpec(ExerciseDefinition exercise) {
        return lessonSpecs.computeIfAbsent(exercise.id(), id -> parse(of(exercise, Map.of())));
    }

    public boolean datasetAvailable(ExerciseDefinition exercise) {
        return datasets.isAvailable(exercise.dataset());
    }

    /**
     * Queues the attempt as a run of {@code learnerId}, within their limits.
     *
     * @throws SubmissionRefused the configuration is invalid, the dataset is missing, or the queue refused the run
     */
    public Queued submit(Attempt attempt, String learnerId) {
        SpecParseResult parsed = parse(attempt);
        if (!parsed.isValid()) {
            throw new SubmissionRefused(attempt, new SubmissionRefused.Invalid(parsed.errors()));
        }
        if (!datasetAvailable(attempt.exercise())) {
            throw new SubmissionRefused(attempt, new SubmissionRefused.DatasetMissing());
        }
        NetworkSpec spec = parsed.orElseThrow();
        ExerciseDefinition exercise = attempt.exercise();
        try {
            return new Queued(runs.submit(new RunRequest(learnerId, exercise.lessonId(), exercise.id(), spec, limits.of(learnerId))), spec);
        } catch (RunRefusedException e) {
            throw new SubmissionRefused(attempt, new SubmissionRefused.Refused(e));
        }
    }
}
