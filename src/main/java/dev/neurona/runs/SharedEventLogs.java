package dev.neurona.runs;

import dev.neurona.cluster.Notifications;
import dev.neurona.config.NeuronaConfig;
import dev.neurona.runs.events.RunEventData;
import dev.neurona.runs.events.RunEventJson;
import dev.neurona.store.Jdbc;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Run events on several nodes. The node that logs an event stores it in {@code run_event} and
 * NOTIFYs the run's id (a payload stops at 8,000 bytes, and decision maps are larger); every node
 * that streams the run reads what it has not seen from the table. So any node serves any run's
 * stream, and a browser that reconnects to another node resumes after its {@code Last-Event-ID}.
 * The stored ids are the stream's: taken when the events are stored ({@code run_event_seq}), so
 * they are committed in order and every node agrees on them. The table is bounded: batch events go after a few minutes, a finished run's
 * events once its stored summary can replay it.
 */
@ApplicationScoped
class SharedEventLogs {

    static final String CHANNEL = "neurona_run_event";

    private static final Logger LOG = Logger.getLogger(SharedEventLogs.class);

    /** Events a writer stores in one transaction at most. */
    private static final int WRITE_BATCH = 500;

    @Inject Jdbc jdbc;

    @Inject NeuronaConfig config;

    @Inject Notifications notifications;

    private record Pending(String runId, RunEvent event) {}

    private final BlockingQueue<Pending> outbox = new LinkedBlockingQueue<>();

    /** The logs this node streams, fed from the table; the oldest finished ones are dropped first. */
    private final LinkedHashMap<String, RunEventLog> followed = new LinkedHashMap<>();

    private final ExecutorService reader =
            Executors.newSingleThreadExecutor(
                    task -> {
                        Thread t = new Thread(task, "run-event-reader");
                        t.setDaemon(true);
                        return t;
                    });

    private volatile boolean running;
    private Thread writer;

    void start() {
        running = true;
        notifications.on(CHANNEL, this::notified);
        notifications.onReconnect(this::catchUpAll);
        writer = new Thread(this::write, "run-event-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /** Stores and announces every event {@code log} logs, in order, on the writer's thread. */
    void attach(String runId, RunEventLog log) {
        log.subscribe(log.lastId(), event -> outbox.add(new Pending(runId, event)));
    }

    /**
     * Logs events of a run no node trains (a rescue, a stop of a waiting run) inside the caller's
     * transaction, which changed the run's state.
     */
    void write(Jdbc.Session session, String runId, List<RunEventData> events) throws SQLException {
        insert(session, runId, events);
        notify(session, runId);
    }

    /**
     * Logs events of a waiting run (its place and estimated start) if it is still waiting: once a
     * worker took it, its node alone logs its events, and a late "queued" must not come after them.
     */
    void writeIfWaiting(String runId, List<RunEventData> events) {
        try {
            jdbc.transaction(
                    s -> {
                        // the id counter's row lock orders this against the trainer's first events
                        long last = insert(s, runId, events);
                        boolean waiting =
                                s.first(
                                                "SELECT state FROM training_run WHERE id = ?",
                                                r -> r.getString(1),
                                                runId)
                                        .filter("QUEUED"::equals)
                                        .isPresent();
                        if (!waiting) {
                            throw new NoLongerWaiting();
                        }
                        notify(s, runId);
                        return last;
                    });
        } catch (NoLongerWaiting late) {
            // a worker took the run meanwhile: its node tells the stream
        } catch (SQLException e) {
            throw new IllegalStateException("could not log for run " + runId, e);
        }
    }

    /**
     * Stores events with the run's next ids, taken in this transaction: the counter's row stays
     * locked until it commits, so a run's ids are committed in order whichever node logs them.
     * Returns the last id.
     */
    private static long insert(Jdbc.Session s, String runId, List<RunEventData> events)
            throws SQLException {
        long last =
                s.first(
                                "INSERT INTO run_event_seq (run_id, seq) VALUES (?, ?) ON CONFLICT (run_id)"
                                        + " DO UPDATE SET seq = run_event_seq.seq + excluded.seq RETURNING seq",
                                r -> r.getLong(1),
                                runId,
                                (long) events.size())
                        .orElseThrow();
        long id = last - events.size() + 1;
        for (RunEventData data : events) {
            RunEvent event = new RunEvent(id++, data);
            s.update(
                    "INSERT INTO run_event (run_id, event_id, event_type, event_json) VALUES (?, ?, ?, ?)",
                    runId,
                    event.id(),
                    event.type(),
                    event.json());
        }
        return last;
    }

    private static void notify(Jdbc.Session s, String runId) throws SQLException {
        s.query("SELECT pg_notify(?, ?)", r -> null, CHANNEL, runId);
    }

    /** Rolls back a write for a run that stopped waiting. */
    private static final class NoLongerWaiting extends RuntimeException {
        NoLongerWaiting() {
            super(null, null, false, false);
        }
    }

    /**
     * The log of a run as every node sees it, read from the table and kept up to date by the
     * notifications; empty if the table holds nothing of a run that ended (its summary replays it).
     */
    Optional<RunEventLog> follow(String runId, boolean unfinished) {
        RunEventLog log;
        synchronized (followed) {
            log = followed.get(runId);
            if (log == null) {
                log = RunEventLog.copy(config.runs().eventLogSize());
                followed.put(runId, log);
                forgetOldest();
            }
        }
        catchUp(runId, log);
        if (log.lastId() == 0 && !unfinished) {
            synchronized (followed) {
                followed.remove(runId);
            }
            return Optional.empty();
        }
        return Optional.of(log);
    }

    /** The copies of runs' logs this node holds, for the in-memory gauges. */
    List<RunEventLog> copies() {
        synchronized (followed) {
            return List.copyOf(followed.values());
        }
    }

    /** Deletes what no replay needs: batch events after a few minutes, ended runs' events after ten. */
    void prune() {
        try {
            jdbc.update(
                    "DELETE FROM run_event WHERE event_type = 'batch' AND created_at < now() - interval '3 minutes'");
            jdbc.update(
                    "DELETE FROM run_event WHERE run_id IN (SELECT id FROM training_run"
                            + " WHERE finished_at < now() - interval '10 minutes')");
        } catch (SQLException e) {
            LOG.warnf("could not prune stored run events: %s", e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        if (writer != null) {
            writer.interrupt();
            try {
                writer.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        reader.shutdownNow();
    }

    private void forgetOldest() {
        int excess = followed.size() - config.runs().keptInMemory();
        var it = followed.values().iterator();
        while (excess > 0 && it.hasNext()) {
            if (it.next().isClosed()) {
                it.remove();
                excess--;
            }
        }
    }

    private void notified(String runId) {
        RunEventLog log;
        synchronized (followed) {
            log = followed.get(runId);
        }
        if (log != null && !log.isClosed()) {
            reader.execute(() -> catchUp(runId, log));
        }
    }

    private void catchUpAll() {
        List<Map.Entry<String, RunEventLog>> open = new ArrayList<>();
        synchronized (followed) {
            followed.entrySet().stream().filter(e -> !e.getValue().isClosed()).forEach(open::add);
        }
        open.forEach(e -> reader.execute(() -> catchUp(e.getKey(), e.getValue())));
    }

    private void catchUp(String runId, RunEventLog log) {
        try {
            for (RunEvent event :
                    jdbc.query(
                            "SELECT event_id, event_type, event_json FROM run_event WHERE run_id = ? AND event_id > ?"
                                    + " ORDER BY event_id",
                            r ->
                                    new RunEvent(
                                            r.getLong(1),
                                            RunEventJson.read(r.getString(2), r.getString(3)),
                                            r.getString(3)),
                            runId,
                            log.lastId())) {
                log.accept(event);
            }
        } catch (RuntimeException e) {
            LOG.warnf("could not read the events of run %s: %s", runId, e.getMessage());
        }
    }

    /** The writer's life: store what the logs logged, in order, a batch per transaction. */
    private void write() {
        List<Pending> batch = new ArrayList<>();
        while (running || !outbox.isEmpty()) {
            try {
                if (batch.isEmpty()) {
                    Pending first = outbox.poll(1, TimeUnit.SECONDS);
                    if (first == null) {
                        continue;
                    }
                    batch.add(first);
                    outbox.drainTo(batch, WRITE_BATCH - 1);
                }
                store(batch);
                batch.clear();
            } catch (InterruptedException e) {
                running = false;
            } catch (RuntimeException e) {
                // the database is away: keep the batch and try again, nothing is dropped
                LOG.warnf("could not store run events, retrying: %s", e.getMessage());
                try {
                    Thread.sleep(500);
                } catch (InterruptedException stop) {
                    running = false;
                }
            }
        }
        if (!batch.isEmpty() || !outbox.isEmpty()) {
            outbox.drainTo(batch);
            try {
                store(batch);
            } catch (RuntimeException e) {
                LOG.warnf("%d run events not stored at shutdown: %s", batch.size(), e.getMessage());
            }
        }
    }

    private void store(List<Pending> batch) {
        // one run's events together, in their order; runs by id, so two writers never deadlock
        Map<String, List<RunEventData>> byRun = new java.util.TreeMap<>();
        for (Pending p : batch) {
            byRun.computeIfAbsent(p.runId(), k -> new ArrayList<>()).add(p.event().data());
        }
        try {
            jdbc.transaction(
                    s -> {
                        for (Map.Entry<String, List<RunEventData>> run : byRun.entrySet()) {
                            insert(s, run.getKey(), run.getValue());
                            notify(s, run.getKey());
                        }
                        return null;
                    });
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
