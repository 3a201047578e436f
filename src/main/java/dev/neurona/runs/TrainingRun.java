package dev.neurona.runs;

import dev.neurona.nn.EpochResult;
import dev.neurona.nn.NetworkSpec;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;

/** One training run of one learner: its configuration, state, history and event log. */
public final class TrainingRun {

    private final String id;
    private final String learnerId;
    private final String lessonId;
    private final String exerciseId;
    private final NetworkSpec spec;
    private final RunLimits limits;
    private final Instant createdAt;
    private final RunEventLog log;
    private final List<EpochResult> history = new CopyOnWriteArrayList<>();
    private volatile RunState state = RunState.QUEUED;
    private volatile boolean cancelRequested;
    private volatile TestScores testScores;
    private volatile String errorCode;
    private volatile Instant finishedAt;
    private volatile Instant startedAt;
    private volatile boolean cancelledByInstructor;
    private volatile int trainRows;
    /** Fraction of the run's epochs done, batches included: written by its worker, read by live views. */
    private volatile double progress;
    private final DivergenceWatch divergence = new DivergenceWatch();

    TrainingRun(String id, RunRequest request, Instant createdAt, RunEventLog log) {
        this.id = id;
        this.learnerId = request.learnerId();
        this.lessonId = request.lessonId();
        this.exerciseId = request.exerciseId();
        this.spec = request.spec();
        this.limits = request.limits();
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

    /** The limits the run was submitted under (its learner's, or their class's). */
    public RunLimits limits() {
        return limits;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** When a worker took the run; empty while it waits. */
    public Optional<Instant> startedAt() {
        return Optional.ofNullable(startedAt);
    }

    /** The training rows the run used when its class limits them to a subset. */
    public OptionalInt trainRows() {
        return trainRows > 0 ? OptionalInt.of(trainRows) : OptionalInt.empty();
    }

    /** Epochs the run trains in all: every fold's and the final model's with K-fold. */
    public int totalEpochs() {
        return spec.isKFold() ? spec.epochs() * (spec.folds() + 1) : spec.epochs();
    }

    public double progress() {
        return progress;
    }

    public DivergenceWatch divergence() {
        return divergence;
    }

    /** Whether an instructor, not the learner, stopped the run. */
    public boolean cancelledByInstructor() {
        return cancelledByInstructor;
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

    void requestCancelByInstructor() {
        cancelledByInstructor = true;
        cancelRequested = true;
    }

    void state(RunState newState) {
        this.state = newState;
        if (newState == RunState.RUNNING) {
            startedAt = Instant.now();
        }
        if (newState.isTerminal()) {
            finishedAt = Instant.now();
        }
    }

    void trainRows(int rows) {
        this.trainRows = rows;
    }

    void progress(double fraction) {
        this.progress = Math.max(0, Math.min(1, fraction));
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
