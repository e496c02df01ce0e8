package com.cosell.bench.writes;

import com.cosell.backend.event.EventLog;
import io.r2dbc.postgresql.codec.Json;
import java.time.Instant;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * The raw baseline of the writes section: what an accept, a decline and a create must write, over the
 * service's own R2DBC pool and in one transaction each, without the web layer, the document's
 * parse and validation, or Co-sell's reads for its answer. An answer: read the row, write its new
 * stage and document, read the other parties (the sender is told), one event with its NOTIFY. A
 * create: the row with its document, one event with its NOTIFY. The triggers and indexes are the same tables'.
 */
final class RawWrites {

    private final DatabaseClient db;
    private final TransactionalOperator tx;

    RawWrites(DatabaseClient db, TransactionalOperator tx) {
        this.db = db;
        this.tx = tx;
    }

    /** Accepts or declines contoso's received referral {@code id}. */
    Mono<Void> answer(UUID id, boolean accept) {
        String status = accept ? "Active" : "Closed";
        String substatus = accept ? "Accepted" : "Declined";
        Instant now = Instant.now();
        Mono<Void> work = db.sql("SELECT doc, version, engagement_id FROM referral WHERE id = :id "
                        + "AND organization_id = 'contoso' FOR UPDATE")
                .bind("id", id)
                .map(row -> new Object[] {row.get("version", Long.class), row.get("engagement_id", UUID.class)})
                .one()
                .flatMap(r -> db.sql("""
                                UPDATE referral SET status = :status, substatus = :substatus, version = version + 1,
                                    updated_at = :now, doc = doc || jsonb_build_object('status', CAST(:status AS text),
                                        'substatus', CAST(:substatus AS text), 'updatedDateTime', CAST(:at AS text))
                                WHERE id = :id AND version = :version""")
                        .bind("status", status)
                        .bind("substatus", substatus)
                        .bind("now", now)
                        .bind("at", now.toString())
                        .bind("id", id)
                        .bind("version", r[0])
                        .then()
                        .then(db.sql(
                                        "SELECT id FROM referral WHERE engagement_id = :e AND organization_id <> 'contoso'")
                                .bind("e", r[1])
                                .map(row -> row.get("id", UUID.class))
                                .all()
                                .collectList())
                        .flatMap(parties -> event(
                                id,
                                (UUID) r[1],
                                "referral-updated",
                                "[{\"path\": \"/substatus\", " + "\"old\": \"Received\", \"new\": \"" + substatus
                                        + "\"}]",
                                now)));
        return tx.transactional(work);
    }

    /** Creates a private deal of contoso's from {@code doc}, a referral document the API wrote. */
    Mono<Void> create(String doc, String name) {
        UUID id = UUID.randomUUID();
        UUID engagement = UUID.randomUUID();
        Instant now = Instant.now();
        Mono<Void> work = db.sql("""
                        INSERT INTO referral (id, engagement_id, organization_id, version, name, status, substatus,
                            type, direction, deal_value, currency, closing_at, customer_name, customer_city,
                            customer_country, created_at, updated_at, doc)
                        VALUES (:id, :engagement, 'contoso', 1, :name, 'Active', 'Accepted', 'Independent', 'Outgoing',
                            50000, 'USD', now() + interval '60 days', 'Woodgrove Bank', 'Seattle', 'US', :now, :now,
                            CAST(:doc AS jsonb) || jsonb_build_object('id', CAST(:id AS text),
                                'engagementId', CAST(:engagement AS text), 'name', CAST(:name AS text)))""")
                .bind("id", id)
                .bind("engagement", engagement)
                .bind("name", name)
                .bind("now", now)
                .bind("doc", doc)
                .then()
                .then(event(id, engagement, "referral-created", "[]", now));
        return tx.transactional(work);
    }

    /** The event, with the NOTIFY in the same statement, as the event log sends it. */
    private Mono<Void> event(UUID id, UUID engagement, String type, String changes, Instant now) {
        return db.sql("""
                        WITH e AS (
                            INSERT INTO referral_event (type, organization_id, referral_id, engagement_id, actor_id,
                                actor_name, at, changes)
                            VALUES (:type, 'contoso', :id, :engagement, 'id-bob', 'Bob Lee', :now, :changes)
                            RETURNING seq)
                        SELECT pg_notify('%s', seq::text) FROM e""".formatted(EventLog.CHANNEL))
                .bind("type", type)
                .bind("id", id)
                .bind("engagement", engagement)
                .bind("now", now)
                .bind("changes", Json.of(changes))
                .then();
    }
}
