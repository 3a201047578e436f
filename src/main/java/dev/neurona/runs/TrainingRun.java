package dev.neurona.runs;

import dev.neurona.nn.EpochResult;
import dev.neurona.nn.NetworkSpec;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** One training run of one learner: its configuration, state, history and event log. */
public final class TrainingRun {

    private final String id;
    private final String learnerId;
    private final String lessonId;
    private final String exerciseId;
    private final NetworkSpec spec;
    private final Instant createdAt;
    private final RunEventLog log;
    private final List<EpochResult> history = new CopyOnWriteArrayList<>();
    private volatile RunState state = RunState.QUEUED;
    private volatile boolean cancelRequested;
    private volatile TestScores testScores;
    private volatile String errorCode;
    private volatile Instant finishedAt;

    TrainingRun(String id, String learnerId, String lessonId, String exerciseId, NetworkSpec spec, Instant createdAt, RunEventLog log) {
        this.id = id;
        this.learnerId = learnerId;
        this.lessonId = lessonId;
        this.exerciseId = exerciseId;
        this.spec = spec;
        this.createdAt = createdAt;
        this.log = log;
    }

    public String id() {
        return id;
    }

    public String learnerId() {
        return learnerId;
    }

    public String lessonId() {
        return lessonId;
    }

    public String exerciseId() {
        return exerciseId;
    }

    public NetworkSpec spec() {
        return spec;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public RunEventLog log() {
        return log;
    }

    public RunState state() {
        return state;
    }

    public List<EpochResult> history() {
        return List.copyOf(history);
    }

    public Optional<TestScores> testScores() {
        return Optional.ofNullable(testScores);
    }

    public Optional<String> errorCode() {
        return Optional.ofNullable(errorCode);
    }

    public Optional<Instant> finishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    boolean cancelRequested() {
        return cancelRequested;
    }

    void requestCancel() {
        cancelRequested = true;
    }

    void state(RunState newState) {
        this.state = newState;
        if (newState.isTerminal()) {
            finishedAt = Instant.now();
        }
    }

    void addEpoch(EpochResult result) {
        history.add(result);
    }

    void testScores(TestScores scores) {
        this.testScores = scores;
    }

    void errorCode(String code) {
        this.errorCode = code;
    }
}
