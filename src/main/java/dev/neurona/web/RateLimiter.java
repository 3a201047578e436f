package dev.neurona.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A token bucket per key (an address, a class code, a display name): up to {@code capacity} attempts
 * at once, then one more every {@code refillInterval}. For the endpoints a guesser would hammer, such
 * as joining a class or signing in with a PIN. The keys it remembers are bounded: beyond
 * {@code maxKeys} the least recently used one is forgotten (it starts again with a full bucket).
 */
public final class RateLimiter {

    /** The answer to one attempt: allowed, or refused with the wait until the next one would be allowed. */
    public record Decision(boolean allowed, Duration retryAfter) {

        static final Decision ALLOWED = new Decision(true, Duration.ZERO);
    }

    private final long capacity;
    private final long intervalNanos;
    private final LongSupplier nanoClock;
    /** Per key, the moment its bucket is full again; a key that is absent has a full bucket. */
    private final Map<String, Long> fullAt;

    /** A limiter on the system's monotonic clock. */
    public RateLimiter(int capacity, Duration refillInterval, int maxKeys) {
        this(capacity, refillInterval, maxKeys, System::nanoTime);
    }

    /** A limiter on the given clock, in nanoseconds that only need to increase (tests pass their own). */
    public RateLimiter(int capacity, Duration refillInterval, int maxKeys, LongSupplier nanoClock) {
        if (capacity < 1 || maxKeys < 1) {
            throw new IllegalArgumentException("capacity and maxKeys must be at least 1: " + capacity + ", " + maxKeys);
        }
        if (refillInterval.isNegative() || refillInterval.isZero()) {
            throw new IllegalArgumentException("the refill interval must be positive: " + refillInterval);
        }
        this.capacity = capacity;
        this.intervalNanos = refillInterval.toNanos();
        this.nanoClock = nanoClock;
        this.fullAt = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
                return size() > maxKeys;
            }
        };
    }

    /** Takes one attempt from {@code key}'s bucket if it has one left. */
    public synchronized Decision tryAcquire(String key) {
        long now = nanoClock.getAsLong();
        // in access order, this read also marks the key as recently used
        long full = Math.max(fullAt.getOrDefault(key, now), now);
        // taking a token puts the moment the bucket is full again one interval later
        long next = full + intervalNanos;
        long missing = next - now;
        long room = capacity * intervalNanos;
        if (missing > room) {
            return new Decision(false, Duration.ofNanos(missing - room));
        }
        fullAt.put(key, next);
        return Decision.ALLOWED;
    }

    /** Forgets {@code key}'s attempts, e.g. after a successful sign-in. */
    public synchronized void reset(String key) {
        fullAt.remove(key);
    }
}
