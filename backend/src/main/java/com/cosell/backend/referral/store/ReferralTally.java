package com.cosell.backend.referral.store;

import com.cosell.backend.config.RepeatingJob;
import com.cosell.backend.referral.ReferralProperties;
import java.time.Duration;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Keeps {@code referral_tally} short: every {@code cosell.referrals.tally-fold} it replaces the
 * deltas the triggers appended with one row per organization, direction and stage. Safe on every
 * instance at once: a delta is deleted by exactly one fold (a concurrent fold skips rows already
 * deleted), and deltas committed meanwhile are left for the next fold.
 */
@Component
class ReferralTally extends RepeatingJob<Long> {

    private final DatabaseClient db;
    private final ReferralProperties properties;

    ReferralTally(DatabaseClient db, ReferralProperties properties) {
        this.db = db;
        this.properties = properties;
    }

    /** Folds the deltas; emits how many rows the tally had before. */
    public Mono<Long> fold() {
        return db.sql("""
                        WITH gone AS (
                            DELETE FROM referral_tally RETURNING organization_id, direction, status, substatus, n),
                        folded AS (
                            INSERT INTO referral_tally (organization_id, direction, status, substatus, n)
                            SELECT organization_id, direction, status, substatus, sum(n) FROM gone
                            GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0)
                        SELECT count(*) AS n FROM gone""").map(row -> row.get("n", Long.class)).one();
    }

    @Override
    protected Mono<Long> runOnce() {
        return fold();
    }

    @Override
    protected Duration interval() {
        return properties.tallyFold();
    }
}
