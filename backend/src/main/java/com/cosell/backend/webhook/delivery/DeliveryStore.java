package com.cosell.backend.webhook.delivery;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The worker's statements. Claims take subscriptions with {@code FOR UPDATE SKIP LOCKED} and stamp a
 * lease, so several instances never hold one subscription at once; every later write names the
 * lease token and the cursor it started from ({@link #FENCE}), so a worker that lost its lease or
 * was overtaken by a replay writes nothing. SQL rather than mapped rows: leases need FOR UPDATE SKIP
 * LOCKED, and every write carries the fence.
 */
@Repository
class DeliveryStore {

    /** Settled rows only (see the stream module): nothing can later appear before them in (tx, seq) order. */
    static final String SETTLED = "e.tx < pg_snapshot_xmin(pg_current_snapshot())";

    private static final String FENCE =
            " WHERE id = :id AND lease_token = :token" + " AND cursor_tx = CAST(:tx AS xid8) AND cursor_seq = :seq";
    private static final String EVENT_COLUMNS = "e.seq, e.tx::text AS txid, e.type, e.organization_id, e.referral_id,"
            + " e.engagement_id, e.actor_id, e.actor_name, e.at, e.changes";

    private final DatabaseClient db;

    DeliveryStore(DatabaseClient db) {
        this.db = db;
    }

    /** Leases up to {@code limit} enabled subscriptions with a due event or an API request waiting. */
    Flux<Claim> claim(int limit, Instant now, Instant until) {
        return db.sql("""
                        WITH due AS (
                            SELECT s.id FROM webhook_subscription s
                            WHERE s.enabled AND (s.lease_until IS NULL OR s.lease_until < :now)
                              AND (EXISTS (SELECT 1 FROM webhook_request q WHERE q.subscription_id = s.id)
                                   OR (s.next_attempt_at <= :now AND EXISTS (
                                       SELECT 1 FROM referral_event e
                                       WHERE e.organization_id = s.organization_id AND e.type = ANY (s.event_types)
                                         AND (e.tx, e.seq) > (s.cursor_tx, s.cursor_seq) AND %s)))
                            ORDER BY s.next_attempt_at LIMIT :limit
                            FOR UPDATE OF s SKIP LOCKED)
                        UPDATE webhook_subscription s SET lease_token = gen_random_uuid(), lease_until = :until
                        FROM due WHERE s.id = due.id
                        RETURNING s.id, s.lease_token, s.organization_id, s.url, s.secret, s.previous_secret,
                                  s.previous_secret_until, s.cursor_tx::text AS cursor_txid, s.cursor_seq, s.attempts,
                                  s.failing_since, s.next_attempt_at, s.lease_until""".formatted(SETTLED))
                .bind("now", now)
                .bind("until", until)
                .bind("limit", limit)
                .map(row -> new Claim(
                        row.get("id", UUID.class),
                        row.get("lease_token", UUID.class),
                        row.get("organization_id", String.class),
                        row.get("url", String.class),
                        row.get("secret", String.class),
                        row.get("previous_secret", String.class),
                        row.get("previous_secret_until", Instant.class),
                        row.get("cursor_txid", String.class),
                        row.get("cursor_seq", Long.class),
                        row.get("attempts", Integer.class),
                        row.get("failing_since", Instant.class),
                        row.get("next_attempt_at", Instant.class),
                        row.get("lease_until", Instant.class)))
                .all();
    }

    /** The next event to deliver: the first settled one after the cursor of a type subscribed to. */
    Mono<LoggedEvent> head(Claim c) {
        return db.sql("SELECT " + EVENT_COLUMNS + """
                         FROM webhook_subscription s JOIN referral_event e ON e.organization_id = s.organization_id
                        WHERE s.id = :id AND e.type = ANY (s.event_types)
                          AND (e.tx, e.seq) > (CAST(:tx AS xid8), :seq) AND\s""" + SETTLED + " ORDER BY e.tx, e.seq LIMIT 1")
                .bind("id", c.id())
                .bind("tx", c.cursorTx())
                .bind("seq", c.cursorSeq())
                .map(DeliveryStore::event)
                .one();
    }

    /** An event of the organization by its sequence (for redelivery), whatever its type. */
    Mono<LoggedEvent> event(String organizationId, long seq) {
        return db.sql("SELECT " + EVENT_COLUMNS
                        + " FROM referral_event e WHERE e.seq = :seq AND e.organization_id = :org")
                .bind("seq", seq)
                .bind("org", organizationId)
                .map(DeliveryStore::event)
                .one();
    }

    /** Moves the cursor past a delivered (or definitively failed) event; false if fenced off. */
    Mono<Boolean> advance(Claim c, LoggedEvent to, Instant now) {
        return fenced(
                db.sql("UPDATE webhook_subscription SET cursor_tx = CAST(:to_tx AS xid8), cursor_seq = :to_seq,"
                                + " attempts = 0, failing_since = NULL, next_attempt_at = :now" + FENCE)
                        .bind("to_tx", to.txid())
                        .bind("to_seq", to.seq())
                        .bind("now", now),
                c);
    }

    Mono<Boolean> retryLater(Claim c, int attempts, Instant failingSince, Instant next) {
        return fenced(
                db.sql("UPDATE webhook_subscription SET attempts = :attempts, failing_since = :since,"
                                + " next_attempt_at = :next" + FENCE)
                        .bind("attempts", attempts)
                        .bind("since", failingSince)
                        .bind("next", next),
                c);
    }

    /** Disables a subscription given up on; emits its description (or URL) for the notification. */
    Mono<String> disable(Claim c, int attempts, Instant failingSince, String reason, Instant now) {
        return db.sql(
                        "UPDATE webhook_subscription SET enabled = false, disabled_reason = :reason, attempts = :attempts,"
                                + " failing_since = :since, updated_at = :now, lease_token = NULL, lease_until = NULL"
                                + FENCE
                                + " RETURNING coalesce(description, url) AS name")
                .bind("reason", reason)
                .bind("attempts", attempts)
                .bind("since", failingSince)
                .bind("now", now)
                .bind("id", c.id())
                .bind("token", c.token())
                .bind("tx", c.cursorTx())
                .bind("seq", c.cursorSeq())
                .map(row -> row.get("name", String.class))
                .one();
    }

    Mono<Void> release(Claim c) {
        return db.sql("UPDATE webhook_subscription SET lease_token = NULL, lease_until = NULL"
                        + " WHERE id = :id AND lease_token = :token")
                .bind("id", c.id())
                .bind("token", c.token())
                .then();
    }

    /** API requests (test events, redeliveries) waiting for this subscription, oldest first. */
    Flux<Request> requests(UUID subscription, int limit) {
        return db.sql("SELECT id, seq FROM webhook_request WHERE subscription_id = :id"
                        + " ORDER BY requested_at, id LIMIT :limit")
                .bind("id", subscription)
                .bind("limit", limit)
                .map(row -> new Request(row.get("id", UUID.class), row.get("seq", Long.class)))
                .all();
    }

    Mono<Void> done(Request request) {
        return db.sql("DELETE FROM webhook_request WHERE id = :id")
                .bind("id", request.id())
                .then();
    }

    Mono<Void> log(Logged entry) {
        Attempt a = entry.attempt();
        var spec = db.sql("""
                        INSERT INTO webhook_delivery (id, subscription_id, seq, event_type, kind, attempt, attempted_at,
                            outcome, status_code, latency_ms, response_excerpt, error, next_retry_at)
                        VALUES (:id, :sub, :seq, :type, :kind, :attempt, :at, :outcome, :status, :latency, :excerpt,
                                :error, :next)""")
                .bind("id", UUID.randomUUID())
                .bind("sub", entry.subscription())
                .bind("type", entry.type())
                .bind("kind", entry.kind())
                .bind("attempt", entry.number())
                .bind("at", entry.at())
                .bind("outcome", entry.outcome())
                .bind("latency", (int) Math.min(Integer.MAX_VALUE, a.latencyMillis()));
        spec = orNull(spec, "seq", entry.seq(), Long.class);
        spec = orNull(spec, "status", a.status(), Integer.class);
        spec = orNull(spec, "excerpt", a.excerpt(), String.class);
        spec = orNull(spec, "error", a.error(), String.class);
        return orNull(spec, "next", entry.nextRetry(), Instant.class).then();
    }

    private static DatabaseClient.GenericExecuteSpec orNull(
            DatabaseClient.GenericExecuteSpec spec, String name, @Nullable Object value, Class<?> type) {
        return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
    }

    Mono<Long> purge(Instant before) {
        return db.sql("DELETE FROM webhook_delivery WHERE attempted_at < :before")
                .bind("before", before)
                .fetch()
                .rowsUpdated();
    }

    private static Mono<Boolean> fenced(DatabaseClient.GenericExecuteSpec spec, Claim c) {
        return spec.bind("id", c.id())
                .bind("token", c.token())
                .bind("tx", c.cursorTx())
                .bind("seq", c.cursorSeq())
                .fetch()
                .rowsUpdated()
                .map(n -> n > 0);
    }

    private static LoggedEvent event(Readable row) {
        return new LoggedEvent(
                row.get("seq", Long.class),
                row.get("txid", String.class),
                row.get("type", String.class),
                row.get("organization_id", String.class),
                row.get("referral_id", UUID.class),
                row.get("engagement_id", UUID.class),
                new LoggedEvent.Actor(row.get("actor_id", String.class), row.get("actor_name", String.class)),
                row.get("at", Instant.class),
                row.get("changes", Json.class).asString());
    }

    /** A test event ({@code seq} null) or a redelivery asked for through the API. */
    record Request(UUID id, @Nullable Long seq) {}

    /** One attempt for the delivery log. */
    record Logged(
            UUID subscription,
            @Nullable Long seq,
            String type,
            String kind,
            int number,
            Instant at,
            String outcome,
            Attempt attempt,
            @Nullable Instant nextRetry) {}
}
