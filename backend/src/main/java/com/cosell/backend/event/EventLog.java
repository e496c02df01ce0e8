package com.cosell.backend.event;

import io.r2dbc.postgresql.codec.Json;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends events. Call it inside the transaction of the change, so the two commit or fail together;
 * the NOTIFY wakes stream readers only once that transaction commits.
 */
@Repository
public class EventLog {

    static final String CHANNEL = "cosell_events";

    private final DatabaseClient db;
    private final JsonMapper json;

    EventLog(DatabaseClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    public Mono<Long> append(NewEvent event) {
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
