package com.cosell.backend.limit;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.support.BackendTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The limiter's statement is not what bounds the API: takes on one organization's row (every request
 * of that organization locks it) run at a good share of the rate of the cheapest statement there is,
 * {@code SELECT 1}, over the same pool and concurrency. The figures are printed for the README.
 */
@BackendTest
class RateBucketThroughputTest {

    private static final int N = 3000;
    private static final int CONCURRENCY = 8;

    @Autowired
    RateBuckets buckets;

    @Autowired
    DatabaseClient db;

    @Test
    void takingATokenCostsAboutOneRoundTrip() {
        String org = "org:bench-" + UUID.randomUUID();
        IntFunction<Mono<?>> select = i -> db.sql("SELECT 1").fetch().one();
        IntFunction<Mono<?>> hot = i -> buckets.take(
                        List.of(
                                new Bucket(org, 1_000_000, 1_000_000, "organization"),
                                new Bucket("user:bench-" + (i % 50), 1_000_000, 1_000_000, "user")),
                        Instant.now())
                .then(Mono.just(1));
        rate(select, 500); // warm-up
        rate(hot, 500);
        double baseline = rate(select, N);
        double hotRate = rate(hot, N);
        System.out.printf(
                "rate limiter: SELECT 1 %.0f/s, a take of one organization and 50 users' buckets %.0f/s%n",
                baseline, hotRate);
        assertThat(hotRate).isGreaterThan(baseline / 4);
    }

    private static double rate(IntFunction<Mono<?>> call, int n) {
        long start = System.nanoTime();
        Flux.range(0, n).flatMap(call::apply, CONCURRENCY).blockLast(Duration.ofMinutes(2));
        return n / ((System.nanoTime() - start) / 1e9);
    }
}
