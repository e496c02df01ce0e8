package com.cosell.backend.event;

import io.r2dbc.postgresql.codec.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends events. Call it inside the transaction of the change, so the two commit or fail together;
 * the NOTIFY wakes stream readers only once that transaction commits. The {@link EventConsequences}
 * (notifications) are written in that same transaction. SQL rather than mapped rows: a batch of events
 * is one set-based INSERT, numbered in the order given.
 */
@Repository
public class EventLog {

    /** The LISTEN/NOTIFY channel; the payload is only a hint (a sequence), readers read the table. */
    public static final String CHANNEL = "cosell_events";

    private final DatabaseClient db;
    private final JsonMapper json;
    private final ObjectProvider<EventConsequences> consequences;
    // Looked up on first use, not at construction: the rules need beans that need this log.
    // Once per append it cost a bean-factory stream per write.
    private volatile @Nullable List<EventConsequences> rules;

    EventLog(DatabaseClient db, JsonMapper json, ObjectProvider<EventConsequences> consequences) {
        this.db = db;
        this.json = json;
        this.consequences = consequences;
    }

    /** Appends one event and its consequences; emits its sequence. */
    public Mono<Long> append(NewEvent event) {
        return appendAll(List.of(event)).next();
    }

    /**
     * Appends events in their order, then their consequences, with a constant number of statements
     * however many there are (the expiry job appends hundreds at once) and a single NOTIFY, sent by
     * the first INSERT (PostgreSQL delivers it at commit, after the consequences too); emits the
     * sequences of the events given.
     */
    public Flux<Long> appendAll(List<NewEvent> events) {
        if (events.isEmpty()) {
            return Flux.empty();
        }
        List<EventConsequences> rules = rules();
        return insert(events, true)
                .collectList()
                .flatMapMany(seqs -> Flux.fromIterable(rules)
                        .concatMap(rule -> rule.follow(events).collectList())
                        .concatMap(more -> insert(more, false))
                        .thenMany(Flux.fromIterable(seqs)));
    }

    private static final String INSERT = """
            INSERT INTO referral_event (type, organization_id, referral_id, engagement_id, actor_id,
                                        actor_name, at, changes)
            SELECT type, organization_id, referral_id, engagement_id, actor_id, actor_name, at, changes
            FROM jsonb_to_recordset(:rows) AS e(ord int, type text, organization_id text, referral_id uuid,
                engagement_id uuid, actor_id text, actor_name text, at timestamptz, changes jsonb)
            ORDER BY ord
            RETURNING seq""";

    private List<EventConsequences> rules() {
        List<EventConsequences> known = rules;
        if (known == null) {
            known = consequences.orderedStream().toList();
            rules = known;
        }
        return known;
    }

    /**
     * One INSERT for all: the rows go as one JSON array, numbered so the sequence follows their order;
     * with {@code notify}, the same statement sends the NOTIFY (its payload, the last sequence, is a hint).
     */
    private Flux<Long> insert(List<NewEvent> events, boolean notify) {
        if (events.isEmpty()) {
            return Flux.empty();
        }
        List<Map<String, Object>> rows = new ArrayList<>(events.size());
        for (NewEvent e : events) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("ord", rows.size());
            row.put("type", e.type().wireName());
            row.put("organization_id", e.organizationId());
            row.put(
                    "referral_id",
                    e.referralId() == null ? null : e.referralId().toString());
            row.put(
                    "engagement_id",
                    e.engagementId() == null ? null : e.engagementId().toString());
            row.put("actor_id", e.actorId());
            row.put("actor_name", e.actorName());
            row.put("at", e.at().toString());
            row.put("changes", e.changes());
            rows.add(row);
        }
        return db.sql(
                        notify
                                ? "WITH e AS (" + INSERT + "), woken AS (SELECT pg_notify('" + CHANNEL
                                        + "', max(seq)::text) FROM e) SELECT e.seq FROM e, woken"
                                : INSERT)
                .bind("rows", Json.of(json.writeValueAsString(rows)))
                .map(row -> row.get("seq", Long.class))
                .all()
                .sort();
    }
}
