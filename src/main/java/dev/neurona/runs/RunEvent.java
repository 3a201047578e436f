package dev.neurona.runs;

/**
 * One event of a run, in the single vocabulary every run uses: {@code status}, {@code batch},
 * {@code epoch}, {@code result}, {@code run-error}, {@code done}. {@code data} is JSON; {@code id}
 * increases within a run so a reconnecting client can resume after the last one it saw.
 */
public record RunEvent(long id, String type, String data) {

    public static final String STATUS = "status";
    public static final String BATCH = "batch";
    public static final String EPOCH = "epoch";
    /** A plane run's decision map after an epoch. */
    public static final String GRID = "grid";
    /** A plane run's raw points, once at the start. */
    public static final String POINTS = "points";
    public static final String RESULT = "result";
    /** Why a run did not finish normally (a code and a detail). Not "error": a server-sent event of that name reaches EventSource's own error handler. */
    public static final String ERROR = "run-error";
    public static final String DONE = "done";
}
