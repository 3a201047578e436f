package dev.neurona.lab;

import dev.neurona.config.NeuronaConfig;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Each learner's live training of the from-scratch network (lesson 2.5), kept in memory between the
 * requests that advance it. Bounded: at most {@code neurona.scratch.max-sessions} learners (the least
 * recently used is dropped), one chunk per learner at a time, and a few chunks on the whole server.
 */
@ApplicationScoped
public class ScratchSessions {

    /** How long a request waits for the learner's previous chunk (a double click) before giving up. */
    static final long LEARNER_WAIT_SECONDS = 2;
    /** How long a request waits for a free slot on a busy server. */
    static final long SERVER_WAIT_SECONDS = 10;

    @Inject
    NeuronaConfig config;

    private Map<String, TrainingSession> sessions;
    private Semaphore slots;

    @PostConstruct
    void init() {
        int max = config.scratch().maxSessions();
        sessions = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, TrainingSession> eldest) {
                return size() > max;
            }
        };
        slots = new Semaphore(config.scratch().concurrent().orElse(Runtime.getRuntime().availableProcessors()), true);
    }

    /**
     * A new training for {@code learner} (replacing theirs, if any) with the seed, learning rate and
     * iterations in {@code values}; nothing trained yet.
     *
     * @throws ScratchInputException if a value is missing or out of range
     */
    public TrainingStart start(String learner, Map<String, String> values) {
        long seed = ScratchField.SEED.parseInt(values, false);
        double learningRate = ScratchField.LEARNING_RATE.parse(values, false);
        int iterations = ScratchField.ITERATIONS.parseInt(values, false);
        TrainingSession session = new TrainingSession(seed, learningRate, iterations);
        synchronized (sessions) {
            sessions.put(learner, session);
        }
        session.lock.lock();
        try {
            return new TrainingStart(session.points(), session.progress());
        } finally {
            session.lock.unlock();
        }
    }

    /**
     * Trains {@code learner}'s network a chunk further ({@code chunk} in {@code values}, at most
     * 2000 updates, fewer if the time budget runs out) and returns the new curve points.
     *
     * @throws NoSuchElementException if the learner has no training (never started, or dropped)
     * @throws ScratchBusyException if their previous chunk is still running or the server is full
     * @throws ScratchInputException if the chunk is not a whole number between 1 and 2000
     */
    public TrainingProgress advance(String learner, Map<String, String> values) {
        int chunk = ScratchField.CHUNK.parseInt(values, true);
        TrainingSession session = session(learner).orElseThrow(() -> new NoSuchElementException("no training to advance"));
        if (!tryLock(session)) {
            throw new ScratchBusyException(ScratchBusyException.Reason.LEARNER);
        }
        try {
            if (!acquireSlot()) {
                throw new ScratchBusyException(ScratchBusyException.Reason.SERVER);
            }
            try {
                return session.advance(chunk, config.scratch().chunkBudget().toNanos());
            } finally {
                slots.release();
            }
        } finally {
            session.lock.unlock();
        }
    }

    /** {@code learner}'s training as it stands, its points and whole curve included, if they have one. */
    public Optional<TrainingStart> current(String learner) {
        return session(learner).map(session -> {
            session.lock.lock();
            try {
                return new TrainingStart(session.points(), session.progress());
            } finally {
                session.lock.unlock();
            }
        });
    }

    private Optional<TrainingSession> session(String learner) {
        synchronized (sessions) {
            return Optional.ofNullable(sessions.get(learner));
        }
    }

    private static boolean tryLock(TrainingSession session) {
        try {
            return session.lock.tryLock(LEARNER_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean acquireSlot() {
        try {
            return slots.tryAcquire(SERVER_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
