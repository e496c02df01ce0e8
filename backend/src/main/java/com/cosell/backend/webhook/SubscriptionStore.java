package com.cosell.backend.webhook;

import static org.springframework.data.relational.core.query.Criteria.where;
import static org.springframework.data.relational.core.query.Query.query;

import com.cosell.api.webhook.Delivery;
import io.r2dbc.spi.Row;
import io.r2dbc.spi.RowMetadata;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.r2dbc.core.R2dbcEntityTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Subscription rows for the API; every statement is scoped to the caller's organization. Reads and
 * deletes go through the mapped {@link Subscription}; SQL where a statement works on several tables
 * or sets columns from others (the starting cursor, a fresh start, the secret's rotation).
 */
@Repository
class SubscriptionStore {

    private static final String COLUMNS = "s.id, s.url, s.event_types, s.description, s.enabled, s.disabled_reason,"
            + " s.created_at, s.updated_at, s.cursor_seq, s.attempts, s.failing_since, s.next_attempt_at,"
            + " s.previous_secret_until";

    private final R2dbcEntityTemplate rows;
    private final DatabaseClient db;

    SubscriptionStore(R2dbcEntityTemplate rows) {
        this.rows = rows;
        this.db = rows.getDatabaseClient();
    }

    Flux<Subscription> list(String org) {
        return rows.select(
                query(where("organization_id").is(org)).sort(Sort.by("createdDateTime", "id")), Subscription.class);
    }

    Mono<Subscription> get(String org, UUID id) {
        return rows.selectOne(query(where("id").is(id).and("organization_id").is(org)), Subscription.class);
    }

    /**
     * A new subscription starts after the last settled event: it receives what happens from now on
     * (a replay reaches back). Rows still unsettled are after that point, so none is missed.
     */
    Mono<Subscription> insert(
            String org,
            UUID id,
            String url,
            List<String> types,
            @Nullable String description,
            boolean enabled,
            String secret,
            Instant now) {
        var spec = db.sql("""
                        INSERT INTO webhook_subscription AS s (id, organization_id, url, event_types, description, enabled,
                            secret, created_at, updated_at, cursor_tx, cursor_seq, next_attempt_at)
                        SELECT :id, :org, :url, string_to_array(:types, ','), :description, :enabled, :secret, :now, :now,
                               coalesce(h.tx, '0'::xid8), coalesce(h.seq, 0), :now
                        FROM (SELECT 1) one LEFT JOIN LATERAL (
                            SELECT e.tx, e.seq FROM referral_event e WHERE e.tx < pg_snapshot_xmin(pg_current_snapshot())
                            ORDER BY e.tx DESC, e.seq DESC LIMIT 1) h ON true
                        RETURNING\s""" + COLUMNS)
                .bind("id", id)
                .bind("org", org)
                .bind("url", url)
                .bind("types", String.join(",", types))
                .bind("enabled", enabled)
                .bind("secret", secret)
                .bind("now", now);
        return orNull(spec, "description", description).map(this::subscription).one();
    }

    /**
     * Changes the fields given (null: unchanged; {@code clearDescription} removes it). A new URL or
     * re-enabling starts the failing event afresh: attempts reset, tried at once.
     */
    Mono<Subscription> update(
            String org,
            UUID id,
            @Nullable String url,
            @Nullable List<String> types,
            @Nullable String description,
            boolean clearDescription,
            @Nullable Boolean enabled,
            Instant now) {
        var spec = db.sql("""
                        UPDATE webhook_subscription s SET
                            url = coalesce(:url, s.url),
                            event_types = coalesce(string_to_array(:types, ','), s.event_types),
                            description = CASE WHEN :clear THEN NULL ELSE coalesce(:description, s.description) END,
                            enabled = coalesce(:enabled, s.enabled),
                            disabled_reason = CASE WHEN coalesce(:enabled, s.enabled) THEN NULL ELSE s.disabled_reason END,
                            attempts = CASE WHEN r.fresh THEN 0 ELSE s.attempts END,
                            failing_since = CASE WHEN r.fresh THEN NULL ELSE s.failing_since END,
                            next_attempt_at = CASE WHEN r.fresh THEN :now ELSE s.next_attempt_at END,
                            updated_at = :now
                        FROM (SELECT x.id, (coalesce(:url, x.url) <> x.url OR (coalesce(:enabled, x.enabled) AND NOT x.enabled))
                                  AS fresh FROM webhook_subscription x WHERE x.id = :id) r
                        WHERE s.id = r.id AND s.organization_id = :org
                        RETURNING\s""" + COLUMNS)
                .bind("id", id)
                .bind("org", org)
                .bind("clear", clearDescription)
                .bind("now", now);
        spec = orNull(spec, "url", url);
        spec = orNull(spec, "types", types == null ? null : String.join(",", types));
        spec = orNull(spec, "description", description);
        spec = enabled == null ? spec.bindNull("enabled", Boolean.class) : spec.bind("enabled", enabled);
        return spec.map(this::subscription).one();
    }

    Mono<Boolean> delete(String org, UUID id) {
        return rows.delete(query(where("id").is(id).and("organization_id").is(org)), Subscription.class)
                .map(n -> n > 0);
    }

    /** The new secret signs from now on; the old one also signs until {@code graceUntil}. */
    Mono<Subscription> rotate(String org, UUID id, String secret, Instant graceUntil, Instant now) {
        return db.sql("UPDATE webhook_subscription s SET previous_secret = s.secret, previous_secret_until = :until,"
                        + " secret = :secret, updated_at = :now WHERE s.id = :id AND s.organization_id = :org"
                        + " RETURNING " + COLUMNS)
                .bind("until", graceUntil)
                .bind("secret", secret)
                .bind("now", now)
                .bind("id", id)
                .bind("org", org)
                .map(this::subscription)
                .one();
    }

    Flux<Delivery> deliveries(String org, UUID id, int limit, long skip) {
        return db.sql("""
                        SELECT d.* FROM webhook_delivery d JOIN webhook_subscription s ON s.id = d.subscription_id
                        WHERE s.id = :id AND s.organization_id = :org
                        ORDER BY d.attempted_at DESC, d.id DESC LIMIT :limit OFFSET :skip""")
                .bind("id", id)
                .bind("org", org)
                .bind("limit", limit)
                .bind("skip", skip)
                .map(row -> new Delivery(
                        row.get("id", UUID.class),
                        row.get("seq", Long.class),
                        row.get("event_type", String.class),
                        row.get("kind", String.class),
                        row.get("attempt", Integer.class),
                        row.get("attempted_at", Instant.class),
                        row.get("outcome", String.class),
                        row.get("status_code", Integer.class),
                        row.get("latency_ms", Integer.class),
                        row.get("response_excerpt", String.class),
                        row.get("error", String.class),
                        row.get("next_retry_at", Instant.class)))
                .all();
    }

    /** Whether the organization has an event with this sequence. */
    Mono<Boolean> hasEvent(String org, long seq) {
        return db.sql("SELECT EXISTS (SELECT 1 FROM referral_event WHERE seq = :seq AND organization_id = :org) AS e")
                .bind("seq", seq)
                .bind("org", org)
                .map(row -> Boolean.TRUE.equals(row.get("e", Boolean.class)))
                .one();
    }

    /** The event an earlier delivery carried: empty if no such delivery, 0 for a test event. */
    Mono<Long> deliveredSeq(String org, UUID subscription, UUID delivery) {
        return db.sql("""
                        SELECT coalesce(d.seq, 0) AS seq FROM webhook_delivery d
                        JOIN webhook_subscription s ON s.id = d.subscription_id
                        WHERE d.id = :delivery AND s.id = :id AND s.organization_id = :org""")
                .bind("delivery", delivery)
                .bind("id", subscription)
                .bind("org", org)
                .map(row -> row.get("seq", Long.class))
                .one();
    }

    /** Queues a test event ({@code seq} null) or a redelivery; false if there is no such subscription. */
    Mono<Boolean> request(String org, UUID subscription, UUID request, @Nullable Long seq, Instant now) {
        var spec = db.sql("""
                        INSERT INTO webhook_request (id, subscription_id, seq, requested_at)
                        SELECT :request, s.id, :seq, :now FROM webhook_subscription s
                        WHERE s.id = :id AND s.organization_id = :org""")
                .bind("request", request)
                .bind("id", subscription)
                .bind("org", org)
                .bind("now", now);
        spec = seq == null ? spec.bindNull("seq", Long.class) : spec.bind("seq", seq);
        return spec.fetch().rowsUpdated().map(n -> n > 0);
    }

    /**
     * Moves the cursor back so that every event from {@code fromSeq} on is delivered again: to just
     * before it in the transaction of the earliest such event. Events of later transactions with a
     * smaller sequence come again too (at least once). Emits false if no such event exists.
     */
    Mono<Boolean> replay(String org, UUID id, long fromSeq, Instant now) {
        return db.sql("""
                        WITH f AS (SELECT e.tx FROM referral_event e WHERE e.organization_id = :org AND e.seq >= :from
                                   ORDER BY e.tx LIMIT 1)
                        UPDATE webhook_subscription s SET cursor_tx = f.tx, cursor_seq = :from - 1, attempts = 0,
                            failing_since = NULL, next_attempt_at = :now, updated_at = :now
                        FROM f WHERE s.id = :id AND s.organization_id = :org""")
                .bind("org", org)
                .bind("from", fromSeq)
                .bind("now", now)
                .bind("id", id)
                .fetch()
                .rowsUpdated()
                .map(n -> n > 0);
    }

    private static DatabaseClient.GenericExecuteSpec orNull(
            DatabaseClient.GenericExecuteSpec spec, String name, @Nullable String value) {
        return value == null ? spec.bindNull(name, String.class) : spec.bind(name, value);
    }

    private Subscription subscription(Row row, RowMetadata metadata) {
        return rows.getConverter().read(Subscription.class, row, metadata);
    }
}
