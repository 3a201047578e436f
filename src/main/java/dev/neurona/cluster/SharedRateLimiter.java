package dev.neurona.cluster;

import dev.neurona.store.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The token buckets of the sign-in and join limits, kept in PostgreSQL when several nodes share it,
 * so that the limits do not multiply by the number of nodes. Same rule as the single node's
 * in-memory limiter: a key's bucket holds {@code capacity} attempts and refills one every
 * {@code interval}; each key stores only the moment its bucket is full again.
 */
@ApplicationScoped
public class SharedRateLimiter {

    private static final Logger LOG = Logger.getLogger(SharedRateLimiter.class);

    @Inject Jdbc jdbc;

    /**
     * Takes one attempt from {@code key}'s bucket if it has one left; empty when allowed, else the
     * wait until the next one would be. If the database cannot answer, the attempt is allowed: a
     * stalled database must not lock every learner out.
     */
    public Optional<Duration> tryAcquire(String rawKey, int capacity, Duration interval) {
        String key = stored(rawKey);
        double seconds = interval.toNanos() / 1e9;
        try {
            Optional<Instant> taken =
                    jdbc.first(
                            "INSERT INTO rate_bucket AS b (bucket_key, full_at) VALUES (?, now() + make_interval(secs => ?))"
                                    + " ON CONFLICT (bucket_key) DO UPDATE SET full_at = greatest(b.full_at, now()) + make_interval(secs => ?)"
                                    + " WHERE greatest(b.full_at, now()) + make_interval(secs => ?) - now()"
                                    + " <= make_interval(secs => ?)"
                                    + " RETURNING full_at",
                            r -> r.getTimestamp(1).toInstant(),
                            key,
                            seconds,
                            seconds,
                            seconds,
                            seconds * capacity);
            if (taken.isPresent()) {
                return Optional.empty();
            }
            return jdbc.first(
                    "SELECT extract(epoch FROM b.full_at + make_interval(secs => ?) - now()"
                            + " - make_interval(secs => ?)) FROM rate_bucket b WHERE bucket_key = ?",
                    r -> Duration.ofMillis(Math.max(1, Math.round(r.getDouble(1) * 1000))),
                    seconds,
                    seconds * capacity,
                    key);
        } catch (RuntimeException e) {
            LOG.warnf("rate limit not checked (%s)", e.getMessage());
            return Optional.empty();
        }
    }

    /** Forgets {@code key}'s attempts, e.g. after a successful sign-in. */
    public void reset(String rawKey) {
        try {
            jdbc.update("DELETE FROM rate_bucket WHERE bucket_key = ?", stored(rawKey));
        } catch (SQLException e) {
            LOG.warnf("could not reset rate limit (%s)", e.getMessage());
        }
    }

    /** A key as stored: a digest, so names and addresses are not kept in clear (and NUL is no problem). */
    private static String stored(String key) {
        try {
            byte[] digest =
                    java.security.MessageDigest.getInstance("SHA-256")
                            .digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Drops the buckets that are full again, which say nothing any more. */
    public void prune() {
        try {
            jdbc.update("DELETE FROM rate_bucket WHERE full_at < now()");
        } catch (SQLException e) {
            LOG.warnf("could not prune rate limits (%s)", e.getMessage());
        }
    }
}
