package com.cosell.backend.referral;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Keeps {@code referral_tally} short: every {@code cosell.referrals.tally-fold} it replaces the
 * deltas the triggers appended with one row per organisation, direction and stage. Safe on every
 * instance at once: a delta is deleted by exactly one fold (a concurrent fold skips rows already
 * deleted), and deltas committed meanwhile are left for the next fold.
 */
@Component
class ReferralTally implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReferralTally.class);

    private final DatabaseClient db;
    private final ReferralProperties properties;
    private @Nullable Disposable running;

    ReferralTally(DatabaseClient db, ReferralProperties properties) {
        this.db = db;
        this.properties = properties;
    }

    /** Folds the deltas; emits how many rows the tally had before. */
    Mono<Long> fold() {
        return db.sql("""
                        WITH gone AS (
                            DELETE FROM referral_tally RETURNING organisation_id, direction, status, substatus, n),
                        folded AS (
                            INSERT INTO referral_tally (organisation_id, direction, status, substatus, n)
                            SELECT organisation_id, direction, status, substatus, sum(n) FROM gone
                            GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0)
                        SELECT count(*) AS n FROM gone""")
                .map(row -> row.get("n", Long.class))
                .one();
    }

    /** The ticks: each waits for the previous fold; exposed for virtual-time tests. */
    Flux<Long> folds(Scheduler timer) {
        return Flux.interval(properties.tallyFold(), properties.tallyFold(), timer)
                .onBackpressureDrop()
                .concatMap(tick -> fold().onErrorResume(e -> {
                    log.warn("Folding the referral tally failed; next try in {}", properties.tallyFold(), e);
                    return Mono.empty();
                }), 1);
    }

    @Override
    public void start() {
        running = folds(Schedulers.parallel()).subscribe();
    }

    @Override
    public void stop() {
        if (running != null) {
            running.dispose();
            running = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running != null;
    }
}
