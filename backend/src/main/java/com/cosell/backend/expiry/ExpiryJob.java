package com.cosell.backend.expiry;

import com.cosell.api.event.Change;
import com.cosell.api.event.EventType;
import com.cosell.api.referral.Stage;
import com.cosell.backend.event.EventLog;
import com.cosell.backend.event.NewEvent;
import com.cosell.backend.referral.ExpiryRule;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Expires received referrals whose answer is overdue (the reminders before are the reminder module's).
 * Each batch is claimed with {@code FOR UPDATE SKIP LOCKED} and written with its events and
 * notifications in one transaction, so several instances never handle one referral twice. A user
 * accepting at the same moment either commits first (the row no longer matches) or loses the
 * optimistic version check and is then refused by the lifecycle: exactly one outcome. SQL rather than
 * mapped rows: a batch is claimed and expired set-based, FOR UPDATE SKIP LOCKED.
 */
@Component
public class ExpiryJob {

    static final String ACTOR = "Co-sell";

    /** What expiring is, asked of the lifecycle rather than written here again; applied to whole batches. */
    static final Stage FROM = ExpiryRule.FROM;

    static final Stage TO = ExpiryRule.TO;

    private final DatabaseClient db;
    private final EventLog events;
    private final TransactionalOperator tx;
    private final Clock clock;
    private final ExpiryProperties properties;

    ExpiryJob(DatabaseClient db, EventLog events, TransactionalOperator tx, Clock clock, ExpiryProperties properties) {
        this.db = db;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * One run: every due batch, {@code parallelism} batches at a time (each claims its own rows with
     * SKIP LOCKED, so PostgreSQL works on them on as many cores). Emits how many referrals expired.
     */
    public Mono<Integer> run() {
        return drain(this::expireBatch);
    }

    private Mono<Integer> drain(Supplier<Mono<Integer>> batch) {
        return Flux.range(0, properties.parallelism())
                .flatMap(lane -> batch.get().expand(n -> n < properties.batchSize() ? Mono.empty() : batch.get()))
                .reduce(0, Integer::sum);
    }

    /**
     * Claims and expires up to one batch; emits how many. A constant number of statements per batch:
     * the claiming UPDATE also reads the other parties' copies, and the events and notifications of
     * the whole batch are each written with one INSERT (and one NOTIFY).
     */
    Mono<Integer> expireBatch() {
        Instant now = clock.instant();
        Flux<Expired> claimed = db.sql("""
                        WITH due AS (
                            SELECT id FROM referral WHERE substatus = :fromSubstatus AND expiration_at <= :now
                            ORDER BY expiration_at LIMIT :batch FOR UPDATE SKIP LOCKED),
                        expired AS (
                            UPDATE referral r SET status = :toStatus, substatus = :toSubstatus, version = r.version + 1,
                                updated_at = :now, doc = r.doc || jsonb_build_object('status', CAST(:toStatus AS text),
                                    'substatus', CAST(:toSubstatus AS text), 'updatedDateTime', CAST(:at AS text),
                                    'closedDateTime', CAST(:at AS text))
                            FROM due WHERE r.id = due.id
                            RETURNING r.id, r.engagement_id, r.organization_id, r.expiration_at)
                        SELECT e.id, e.engagement_id, e.organization_id, s.id AS related_id,
                               s.organization_id AS related_org
                        FROM expired e
                        LEFT JOIN referral s ON s.engagement_id = e.engagement_id AND s.organization_id <> e.organization_id
                        ORDER BY e.expiration_at, e.id, s.created_at""")
                .bind("now", now)
                .bind("at", now.toString())
                .bind("batch", properties.batchSize())
                .bind("fromSubstatus", FROM.substatus().name())
                .bind("toStatus", TO.status().name())
                .bind("toSubstatus", TO.substatus().name())
                .map(row -> new Expired(
                        row.get("id", UUID.class),
                        row.get("engagement_id", UUID.class),
                        row.get("organization_id", String.class),
                        row.get("related_id", UUID.class),
                        row.get("related_org", String.class)))
                .all();
        return tx.transactional(claimed.collectList().flatMap(rows -> {
            List<NewEvent> batch = new ArrayList<>();
            Set<UUID> expired = new HashSet<>();
            for (Expired e : rows) {
                if (expired.add(e.id())) {
                    batch.add(new NewEvent(
                            EventType.REFERRAL_UPDATED,
                            e.organizationId(),
                            e.id(),
                            e.engagementId(),
                            null,
                            ACTOR,
                            now,
                            List.of(
                                    new Change(
                                            "/status",
                                            FROM.status().name(),
                                            TO.status().name()),
                                    new Change(
                                            "/substatus",
                                            FROM.substatus().name(),
                                            TO.substatus().name()))));
                }
                if (e.relatedId() != null && e.relatedOrg() != null) {
                    String prefix = "/relatedReferrals/" + e.organizationId();
                    batch.add(new NewEvent(
                            EventType.RELATED_REFERRAL_UPDATED,
                            e.relatedOrg(),
                            e.relatedId(),
                            e.engagementId(),
                            null,
                            ACTOR,
                            now,
                            List.of(
                                    new Change(
                                            prefix + "/status",
                                            null,
                                            TO.status().name()),
                                    new Change(
                                            prefix + "/substatus",
                                            null,
                                            TO.substatus().name()))));
                }
            }
            return events.appendAll(batch).then(Mono.just(expired.size()));
        }));
    }

    /** An expired referral, once per other party's copy (or once with none). */
    private record Expired(
            UUID id,
            UUID engagementId,
            String organizationId,
            @Nullable UUID relatedId,
            @Nullable String relatedOrg) {}
}
