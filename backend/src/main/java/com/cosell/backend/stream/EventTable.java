package com.cosell.backend.stream;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.util.RawValue;

/**
 * {@link SettledEvents} on {@code referral_event}: "settled" is {@code tx < pg_snapshot_xmin(...)} of
 * the reading statement's own snapshot, so the rows it returns are exactly the settled ones it sees.
 * The xid8 is read as text under another name: an output column named {@code tx} would make
 * {@code ORDER BY tx} sort the text ("10" before "9").
 */
@Repository
class EventTable implements SettledEvents {

    private static final String SETTLED = "tx < pg_snapshot_xmin(pg_current_snapshot())";

    private final DatabaseClient db;
    private final JsonMapper json;

    EventTable(DatabaseClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    @Override
    public Flux<StreamEvent> after(Cursor cursor, @Nullable String organizationId, int limit) {
        String sql = "SELECT seq, tx::text AS txid, type, organization_id, referral_id, engagement_id, at, actor_id, "
                + "actor_name, changes FROM referral_event WHERE " + SETTLED
                + " AND (tx, seq) > (CAST(:tx AS xid8), :seq)"
                + (organizationId == null ? "" : " AND organization_id = :org")
                + " ORDER BY tx, seq LIMIT :limit";
        DatabaseClient.GenericExecuteSpec spec = db.sql(sql)
                .bind("tx", Long.toUnsignedString(cursor.tx()))
                .bind("seq", cursor.seq())
                .bind("limit", limit);
        if (organizationId != null) {
            spec = spec.bind("org", organizationId);
        }
        return spec.map(this::event).all();
    }

    @Override
    public Mono<Cursor> head() {
        return db.sql("SELECT tx::text AS txid, seq FROM referral_event WHERE " + SETTLED
                        + " ORDER BY tx DESC, seq DESC LIMIT 1")
                .map(row ->
                        new Cursor(Long.parseUnsignedLong(row.get("txid", String.class)), row.get("seq", Long.class)))
                .one()
                .defaultIfEmpty(Cursor.START);
    }

    /**
     * Asks only the visible row with the newest transaction, along the (tx, seq) index: a row of any
     * older transaction is settled if that one is. ({@code EXISTS (... WHERE tx >= xmin)} was planned
     * as a scan of the whole log from its oldest row: 43 ms per poll at 300,000 events.)
     */
    @Override
    public Mono<Boolean> unsettled() {
        return db.sql("SELECT tx >= pg_snapshot_xmin(pg_current_snapshot()) AS pending FROM referral_event"
                        + " ORDER BY tx DESC, seq DESC LIMIT 1")
                .map(row -> Boolean.TRUE.equals(row.get("pending", Boolean.class)))
                .one()
                .defaultIfEmpty(false);
    }

    @Override
    public Mono<Cursor> cursorOf(long seq) {
        if (seq == 0) {
            return Mono.just(Cursor.START);
        }
        return db.sql("SELECT tx::text AS txid FROM referral_event WHERE seq = :seq")
                .bind("seq", seq)
                .map(row -> new Cursor(Long.parseUnsignedLong(row.get("txid", String.class)), seq))
                .one();
    }

    private StreamEvent event(Readable row) {
        long seq = row.get("seq", Long.class);
        String type = row.get("type", String.class);
        String org = row.get("organization_id", String.class);
        UUID referralId = row.get("referral_id", UUID.class);
        UUID engagementId = row.get("engagement_id", UUID.class);
        Instant at = row.get("at", Instant.class);
        String actorId = row.get("actor_id", String.class);
        String actorName = row.get("actor_name", String.class);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", seq);
        m.put("type", type);
        m.put("organizationId", org);
        if (referralId != null) {
            m.put("referralId", referralId.toString());
        }
        if (engagementId != null) {
            m.put("engagementId", engagementId.toString());
        }
        m.put("at", at.toString());
        Map<String, Object> actor = new LinkedHashMap<>();
        if (actorId != null) {
            actor.put("id", actorId);
        }
        if (actorName != null) {
            actor.put("name", actorName);
        }
        m.put("actor", actor);
        m.put("changes", new RawValue(row.get("changes", Json.class).asString())); // already JSON: copied, not parsed
        return new StreamEvent(
                seq,
                Long.parseUnsignedLong(row.get("txid", String.class)),
                type,
                org,
                referralId,
                engagementId,
                at,
                actorId,
                actorName,
                json.writeValueAsString(m));
    }
}
