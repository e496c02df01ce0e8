package com.cosell.backend.insights;

import com.cosell.backend.config.RepeatingJob;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Keeps the insight tallies short: replaces the deltas the triggers appended with one row per key,
 * as {@code ReferralTally} does for the stage counts, and safe on every instance at once for the
 * same reason (a delta is deleted by exactly one fold; later ones wait for the next).
 */
@Component
class InsightFold extends RepeatingJob<Long> {

    private final DatabaseClient db;
    private final Duration interval;

    InsightFold(DatabaseClient db, @Value("${cosell.insights.fold:PT30S}") Duration interval) {
        this.db = db;
        this.interval = interval;
    }

    /** Folds both tallies; emits how many delta rows there were before. */
    Mono<Long> fold() {
        return db.sql("""
                        WITH gone AS (
                            DELETE FROM insight_tally RETURNING organization_id, direction, month, country, solution_id,
                                substatus, reason, currency, n, value, accept_s, won_s),
                        folded AS (
                            INSERT INTO insight_tally (organization_id, direction, month, country, solution_id, substatus,
                                reason, currency, n, value, accept_s, won_s)
                            SELECT organization_id, direction, month, country, solution_id, substatus, reason, currency,
                                sum(n), sum(value), sum(accept_s), sum(won_s)
                            FROM gone GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
                            HAVING sum(n) <> 0 OR sum(value) <> 0 OR sum(accept_s) <> 0 OR sum(won_s) <> 0),
                        gone_durations AS (
                            DELETE FROM insight_duration
                            RETURNING organization_id, direction, month, kind, counterpart, bucket, n),
                        folded_durations AS (
                            INSERT INTO insight_duration (organization_id, direction, month, kind, counterpart, bucket, n)
                            SELECT organization_id, direction, month, kind, counterpart, bucket, sum(n)
                            FROM gone_durations GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(n) <> 0)
                        SELECT (SELECT count(*) FROM gone) + (SELECT count(*) FROM gone_durations) AS n""").map(row -> row.get("n", Long.class)).one();
    }

    @Override
    protected Mono<Long> runOnce() {
        return fold();
    }

    @Override
    protected Duration interval() {
        return interval;
    }
}
