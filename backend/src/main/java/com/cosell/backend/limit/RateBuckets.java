package com.cosell.backend.limit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The buckets in PostgreSQL, so that every instance counts against the same ones. Taking a token is
 * one statement for all the request's buckets: each row is refilled for the time since it was last
 * touched (at most to its burst) and gives a token if it has a whole one. The row lock serialises
 * the requests of one organization for the length of that statement only.
 */
@Repository
class RateBuckets {

    /** Refilled tokens of the stored row, given the time and configuration the request brings. */
    private static final String REFILLED = "LEAST(EXCLUDED.capacity, b.tokens + GREATEST(0, EXTRACT(EPOCH FROM "
            + "EXCLUDED.refreshed_at - b.refreshed_at)) * EXCLUDED.rate)";

    private final DatabaseClient db;

    RateBuckets(DatabaseClient db) {
        this.db = db;
    }

    /** Takes one token of each bucket that has one; rows come back in the order given. */
    Flux<Taken> take(List<Bucket> buckets, Instant now) {
        // Rows are locked in the order given (organization first), the same in every request: no deadlock.
        String values = IntStream.range(0, buckets.size())
                .mapToObj(i -> "(:k%d, :c%d - 1, :c%d, :r%d, true, :now)".formatted(i, i, i, i))
                .collect(Collectors.joining(", "));
        var spec = db.sql("""
                INSERT INTO rate_bucket AS b (key, tokens, capacity, rate, granted, refreshed_at) VALUES %s
                ON CONFLICT (key) DO UPDATE SET
                    tokens = CASE WHEN %s >= 1 THEN %s - 1 ELSE %s END,
                    granted = %s >= 1,
                    capacity = EXCLUDED.capacity,
                    rate = EXCLUDED.rate,
                    refreshed_at = GREATEST(b.refreshed_at, EXCLUDED.refreshed_at)
                RETURNING key, granted, tokens""".formatted(values, REFILLED, REFILLED, REFILLED, REFILLED))
                .bind("now", now);
        for (int i = 0; i < buckets.size(); i++) {
            Bucket bucket = buckets.get(i);
            spec = spec.bind("k" + i, bucket.key())
                    .bind("c" + i, (double) bucket.burst())
                    .bind("r" + i, bucket.perSecond());
        }
        Map<String, Bucket> byKey = buckets.stream().collect(Collectors.toMap(Bucket::key, b -> b));
        return spec.map((row, meta) -> new Taken(
                        byKey.get(row.get("key", String.class)),
                        Boolean.TRUE.equals(row.get("granted", Boolean.class)),
                        row.get("tokens", Double.class)))
                .all();
    }

    /** Deletes buckets that have refilled completely: such a row means the same as no row. */
    Mono<Long> purgeFull(Instant now) {
        return db.sql("""
                DELETE FROM rate_bucket
                WHERE refreshed_at + make_interval(secs => (capacity - tokens) / rate) < :now""").bind("now", now).fetch().rowsUpdated();
    }

    /** What one bucket answered: whether it gave a token, and what it holds now. */
    record Taken(Bucket bucket, boolean granted, double tokens) {

        /** Whole seconds until the bucket has a token again. */
        long retryAfterSeconds() {
            return Math.max(1, (long) Math.ceil((1 - tokens) / bucket.perSecond()));
        }
    }
}
