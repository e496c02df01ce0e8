package com.cosell.backend.stream;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

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
    public Flux<StreamEvent> after(Cursor cursor, @Nullable String organisationId, int limit) {
        String sql = "SELECT seq, tx::text AS txid, type, organisation_id, referral_id, engagement_id, at, actor_id, "
                + "actor_name, changes FROM referral_event WHERE " + SETTLED
                + " AND (tx, seq) > (CAST(:tx AS xid8), :seq)"
                + (organisationId == null ? "" : " AND organisation_id = :org")
                + " ORDER BY tx, seq LIMIT :limit";
        DatabaseClient.GenericExecuteSpec spec = db.sql(sql).bind("tx", Long.toUnsignedString(cursor.tx()))
                .bind("seq", cursor.seq()).bind("limit", limit);
        if (organisationId != null) {
            spec = spec.bind("org", organisationId);
        }
        return spec.map(this::event).all();
    }

    @Override
    public Mono<Cursor> head() {
        return db.sql("SELECT tx::text AS txid, seq FROM referral_event WHERE " + SETTLED
                        + " ORDER BY tx DESC, seq DESC LIMIT 1")
                .map(row -> new Cursor(Long.parseUnsignedLong(row.get("txid", String.class)), row.get("seq", Long.class)))
                .one()
                .defaultIfEmpty(Cursor.START);
    }

    @Override
    public Mono<Boolean> unsettled() {
        return db.sql("SELECT EXISTS (SELECT 1 FROM referral_event WHERE tx >= pg_snapshot_xmin(pg_current_snapshot()))"
                        + " AS pending")
                .map(row -> Boolean.TRUE.equals(row.get("pending", Boolean.class))).one();
    }

    @Override
    public Mono<Cursor> cursorOf(long seq) {
        if (seq == 0) {
            return Mono.just(Cursor.START);
        }
        return db.sql("SELECT tx::text AS txid FROM referral_event WHERE seq = :seq").bind("seq", seq)
                .map(row -> new Cursor(Long.parseUnsignedLong(row.get("txid", String.class)), seq)).one();
    }

    private StreamEvent event(Readable row) {
        return new StreamEvent(row.get("seq", Long.class), Long.parseUnsignedLong(row.get("txid", String.class)),
                row.get("type", String.class), row.get("organisation_id", String.class),
                row.get("referral_id", UUID.class), row.get("engagement_id", UUID.class),
                row.get("at", Instant.class), row.get("actor_id", String.class), row.get("actor_name", String.class),
                json.readTree(row.get("changes", Json.class).asString()));
    }
}
