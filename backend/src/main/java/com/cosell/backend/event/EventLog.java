package com.cosell.backend.event;

import io.r2dbc.postgresql.codec.Json;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends events. Call it inside the transaction of the change, so the two commit or fail together;
 * the NOTIFY wakes stream readers only once that transaction commits. The {@link EventConsequences}
 * (notifications) are written in that same transaction.
 */
@Repository
public class EventLog {

    /** The LISTEN/NOTIFY channel; the payload is only a hint (a sequence), readers read the table. */
    public static final String CHANNEL = "cosell_events";

    private final DatabaseClient db;
    private final JsonMapper json;
    private final ObjectProvider<EventConsequences> consequences;

    EventLog(DatabaseClient db, JsonMapper json, ObjectProvider<EventConsequences> consequences) {
        this.db = db;
        this.json = json;
        this.consequences = consequences;
    }

    public Mono<Long> append(NewEvent event) {
        List<EventConsequences> rules = consequences.orderedStream().toList();
        return insert(event).flatMap(seq -> Flux.fromIterable(rules)
                .concatMap(rule -> rule.follow(event))
                .concatMap(this::insert)
                .then(Mono.just(seq)));
    }

    private Mono<Long> insert(NewEvent event) {
        return db.sql("""
                        INSERT INTO referral_event (type, organisation_id, referral_id, engagement_id, actor_id,
                                                    actor_name, at, changes)
                        VALUES (:type, :org, :referral, :engagement, :actorId, :actorName, :at, :changes)
                        RETURNING seq""")
                .bind("type", event.type().wireName())
                .bind("org", event.organisationId())
                .bind("referral", Parameter.fromOrEmpty(event.referralId(), UUID.class))
                .bind("engagement", Parameter.fromOrEmpty(event.engagementId(), UUID.class))
                .bind("actorId", Parameter.fromOrEmpty(event.actorId(), String.class))
                .bind("actorName", Parameter.fromOrEmpty(event.actorName(), String.class))
                .bind("at", event.at())
                .bind("changes", Json.of(json.writeValueAsString(event.changes())))
                .map(row -> row.get("seq", Long.class))
                .one()
                .flatMap(seq -> db.sql("SELECT pg_notify('" + CHANNEL + "', :seq)")
                        .bind("seq", String.valueOf(seq)).then().thenReturn(seq));
    }
}
