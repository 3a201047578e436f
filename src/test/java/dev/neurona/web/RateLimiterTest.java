package dev.neurona.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The token bucket on a clock the test moves by hand. */
class RateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    private RateLimiter limiter(int capacity, Duration interval, int maxKeys) {
        return new RateLimiter(capacity, interval, maxKeys, now::get);
    }

    private void advance(Duration by) {
        now.addAndGet(by.toNanos());
    }

    @Test
    void aFullBucketAllowsItsCapacityAtOnceThenRefuses() {
        RateLimiter limiter = limiter(3, Duration.ofSeconds(10), 100);
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.tryAcquire("1.2.3.4").allowed(), "attempt " + (i + 1));
        }
        RateLimiter.Decision refused = limiter.tryAcquire("1.2.3.4");
        assertFalse(refused.allowed());
        assertEquals(Duration.ofSeconds(10), refused.retryAfter());
    }

    @Test
    void oneAttemptComesBackPerIntervalAndNotBefore() {
        RateLimiter limiter = limiter(2, Duration.ofSeconds(30), 100);
        limiter.tryAcquire("k");
        limiter.tryAcquire("k");
        advance(Duration.ofSeconds(20));
        RateLimiter.Decision early = limiter.tryAcquire("k");
        assertFalse(early.allowed());
        assertEquals(Duration.ofSeconds(10), early.retryAfter(), "the wait counts from the last refill");
        advance(Duration.ofSeconds(10));
        assertTrue(limiter.tryAcquire("k").allowed(), "one token back after 30 s");
        assertFalse(limiter.tryAcquire("k").allowed(), "and only one");
    }

    @Test
    void anIdleBucketRefillsOnlyUpToItsCapacity() {
        RateLimiter limiter = limiter(2, Duration.ofSeconds(1), 100);
        limiter.tryAcquire("k");
        advance(Duration.ofHours(1));
        assertTrue(limiter.tryAcquire("k").allowed());
        assertTrue(limiter.tryAcquire("k").allowed());
        assertFalse(limiter.tryAcquire("k").allowed(), "an hour of rest is worth two attempts, not 3,600");
    }

    @Test
    void refusedAttemptsDoNotPushTheNextOneFurther() {
        RateLimiter limiter = limiter(1, Duration.ofSeconds(5), 100);
        limiter.tryAcquire("k");
        for (int i = 0; i < 10; i++) {
            assertFalse(limiter.tryAcquire("k").allowed());
        }
        advance(Duration.ofSeconds(5));
        assertTrue(limiter.tryAcquire("k").allowed());
    }

    @Test
    void keysHaveTheirOwnBuckets() {
        RateLimiter limiter = limiter(1, Duration.ofMinutes(1), 100);
        assertTrue(limiter.tryAcquire("a").allowed());
        assertFalse(limiter.tryAcquire("a").allowed());
        assertTrue(limiter.tryAcquire("b").allowed());
    }

    @Test
    void resetGivesAKeyAFullBucket() {
        RateLimiter limiter = limiter(1, Duration.ofMinutes(1), 100);
        limiter.tryAcquire("a");
        limiter.reset("a");
        assertTrue(limiter.tryAcquire("a").allowed());
    }

    @Test
    void beyondMaxKeysTheLeastRecentlyUsedKeyIsForgotten() {
        RateLimiter limiter = limiter(1, Duration.ofMinutes(1), 2);
        limiter.tryAcquire("a");
        limiter.tryAcquire("b");
        assertFalse(limiter.tryAcquire("a").allowed(), "a is now the most recently used");
        limiter.tryAcquire("c"); // b goes
        assertFalse(limiter.tryAcquire("a").allowed(), "a is still remembered");
        assertTrue(limiter.tryAcquire("b").allowed(), "b was forgotten: a full bucket again");
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> limiter(0, Duration.ofSeconds(1), 10));
        assertThrows(IllegalArgumentException.class, () -> limiter(1, Duration.ZERO, 10));
        assertThrows(IllegalArgumentException.class, () -> limiter(1, Duration.ofSeconds(-1), 10));
        assertThrows(IllegalArgumentException.class, () -> limiter(1, Duration.ofSeconds(1), 0));
    }
}
