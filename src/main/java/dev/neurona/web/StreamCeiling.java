package dev.neurona.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Counts the open event streams per learner, per client address and on the whole server, and
 * refuses one more beyond any ceiling: a learner's 2,000 tabs (or a script) would otherwise hold
 * a file descriptor each, until the server could accept no one else.
 */
final class StreamCeiling {

    /** Which ceiling a refused stream met. */
    enum Limit {
        LEARNER,
        ADDRESS,
        SERVER
    }

    /** One open stream's place; closing it more than once frees it once. */
    interface Lease {
        void close();
    }

    /** A stream refused because the given ceiling was reached. */
    static final class Refused extends RuntimeException {
        private final Limit limit;

        Refused(Limit limit) {
            super("too many open event streams (" + limit + ")", null, false, false);
            this.limit = limit;
        }

        Limit limit() {
            return limit;
        }
    }

    private final int perLearner;
    private final int perAddress;
    private final int total;
    private final Map<String, Integer> byLearner = new HashMap<>();
    private final Map<String, Integer> byAddress = new HashMap<>();
    private int open;

    StreamCeiling(int perLearner, int perAddress, int total) {
        this.perLearner = perLearner;
        this.perAddress = perAddress;
        this.total = total;
    }

    /** Takes a place for a new stream of this learner from this address, or throws {@link Refused}. */
    synchronized Lease open(String learner, String address) {
        full(learner, address)
                .ifPresent(
                        limit -> {
                            throw new Refused(limit);
                        });
        byLearner.merge(learner, 1, Integer::sum);
        byAddress.merge(address, 1, Integer::sum);
        open++;
        AtomicBoolean closed = new AtomicBoolean();
        return () -> {
            if (closed.compareAndSet(false, true)) {
                release(learner, address);
            }
        };
    }

    /** The ceiling a new stream of this learner from this address would meet now, if any. */
    synchronized Optional<Limit> full(String learner, String address) {
        if (byLearner.getOrDefault(learner, 0) >= perLearner) {
            return Optional.of(Limit.LEARNER);
        }
        if (byAddress.getOrDefault(address, 0) >= perAddress) {
            return Optional.of(Limit.ADDRESS);
        }
        if (open >= total) {
            return Optional.of(Limit.SERVER);
        }
        return Optional.empty();
    }

    synchronized int open() {
        return open;
    }

    private synchronized void release(String learner, String address) {
        byLearner.computeIfPresent(learner, (k, n) -> n > 1 ? n - 1 : null);
        byAddress.computeIfPresent(address, (k, n) -> n > 1 ? n - 1 : null);
        open--;
    }
}
