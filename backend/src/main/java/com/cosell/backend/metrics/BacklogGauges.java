package com.cosell.backend.metrics;

import com.cosell.backend.config.RepeatingJob;
import com.cosell.backend.stream.FanOutStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Gauges of the work waiting: subscribers on this instance, how far this instance's event fan-out
 * is behind the newest committed event, and how many referrals are due to expire. The database is
 * sampled by a job (a gauge is read on the scrape thread, which must not block), every instance alike.
 */
@Component
class BacklogGauges extends RepeatingJob<Long> {

    private final DatabaseClient db;
    private final MetricsProperties properties;
    private final AtomicLong newestSeq = new AtomicLong();
    private final AtomicLong dueToExpire = new AtomicLong();

    BacklogGauges(DatabaseClient db, MetricsProperties properties, FanOutStatus hub, MeterRegistry registry) {
        this.db = db;
        this.properties = properties;
        Gauge.builder("cosell.events.subscribers", hub, FanOutStatus::subscriberCount)
                .description("event-stream subscribers connected to this instance")
                .register(registry);
        Gauge.builder("cosell.events.lag", hub, h -> Math.max(0, newestSeq.get() - h.publishedSeq()))
                .description("events committed but not yet fanned out by this instance (by seq)")
                .register(registry);
        Gauge.builder("cosell.expiry.backlog", dueToExpire, AtomicLong::get)
                .description("received referrals past their expiry time, not yet expired")
                .register(registry);
    }

    @Override
    protected Mono<Long> runOnce() {
        return db.sql(
                        "SELECT (SELECT coalesce(max(seq), 0) FROM referral_event) AS newest, "
                                + "(SELECT count(*) FROM referral WHERE substatus = 'Received' AND expiration_at <= now()) AS due")
                .map(row -> {
                    newestSeq.set(row.get("newest", Long.class));
                    dueToExpire.set(row.get("due", Long.class));
                    return dueToExpire.get();
                })
                .one();
    }

    @Override
    protected Duration interval() {
        return properties.sampleInterval();
    }
}
