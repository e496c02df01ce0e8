package com.cosell.backend.limit;

import com.cosell.backend.identity.Caller;
import com.cosell.backend.support.BackendTest;
import com.cosell.backend.support.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

/**
 * The token bucket against the real table, on virtual time: a burst at once, then the rate; a
 * refused request costs nothing; an idle bucket refills to its burst and no further.
 */
@BackendTest
class RateLimiterTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    RateBuckets buckets;

    @Autowired
    DatabaseClient db;

    @Test
    void aBurstThenTheRate() {
        VirtualTimeScheduler time = VirtualTimeScheduler.create();
        RateLimiter limiter = new RateLimiter(buckets, limits(3, 1), new VirtualClock(START, time));
        Caller caller = caller();
        takes(limiter, caller, "granted", "granted", "granted", "refused, retry after 1 s");
        time.advanceTimeBy(Duration.ofMillis(500));
        // half a token: still refused, and the refusal took nothing
        takes(limiter, caller, "refused, retry after 1 s");
        time.advanceTimeBy(Duration.ofMillis(500));
        takes(limiter, caller, "granted", "refused, retry after 1 s");
        time.advanceTimeBy(Duration.ofHours(1));
        // an hour idle refills to the burst, not to 3,600
        takes(limiter, caller, "granted", "granted", "granted", "refused, retry after 1 s");
    }

    @Test
    void theSlowestLimitSaysWhenToRetry() {
        VirtualTimeScheduler time = VirtualTimeScheduler.create();
        // the organization: 2 at once, one every 4 s; the user: plenty
        RateLimiter limiter = new RateLimiter(
                buckets, new RateLimitProperties(true, 2, 0.25, 100, 100, 30, 1), new VirtualClock(START, time));
        Caller caller = caller();
        takes(limiter, caller, "granted", "granted", "refused, retry after 4 s");
        time.advanceTimeBy(Duration.ofSeconds(3));
        takes(limiter, caller, "refused, retry after 1 s");
        time.advanceTimeBy(Duration.ofSeconds(1));
        takes(limiter, caller, "granted");
    }

    @Test
    void fullBucketsArePurged() {
        Instant now = Instant.now();
        Bucket busy = new Bucket("user:" + UUID.randomUUID(), 10, 1, "user");
        Bucket idle = new Bucket("user:" + UUID.randomUUID(), 10, 1, "user");
        // each takes one token: busy is full again at now + 1 s, idle was at now - 4 s
        Flux.concat(buckets.take(List.of(busy), now), buckets.take(List.of(idle), now.minusSeconds(5)))
                .blockLast(WAIT);
        buckets.purgeFull(now.plusMillis(500)).block(WAIT);
        StepVerifier.create(db.sql("SELECT key FROM rate_bucket WHERE key IN (:busy, :idle)")
                        .bind("busy", busy.key())
                        .bind("idle", idle.key())
                        .map(row -> row.get("key", String.class))
                        .all())
                .expectNext(busy.key())
                .verifyComplete();
    }

    /**
     * Asks {@code expected.length} times in a row, at the clock's current time, and checks the answers.
     * The virtual time is the buckets' clock only: it moves between the calls, never while the
     * database answers, so the test cannot race its own statements.
     */
    private static void takes(RateLimiter limiter, Caller caller, String... expected) {
        StepVerifier.create(Flux.range(0, expected.length)
                        .concatMap(i -> limiter.refusal(caller, false)
                                .map(t -> "refused, retry after " + t.retryAfterSeconds() + " s")
                                .defaultIfEmpty("granted")))
                .expectNext(expected)
                .expectComplete()
                .verify(WAIT);
    }

    private static RateLimitProperties limits(int burst, double perSecond) {
        return new RateLimitProperties(true, 1000, 1000, burst, perSecond, 30, 1);
    }

    /** A caller of a fresh organization and id: no other test shares its buckets. */
    private static Caller caller() {
        return new Caller("user-" + UUID.randomUUID(), null, null, "org-" + UUID.randomUUID(), Set.of());
    }
}
