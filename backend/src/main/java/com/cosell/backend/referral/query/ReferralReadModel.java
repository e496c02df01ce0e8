package com.cosell.backend.referral.query;

import com.cosell.api.event.Change;
import com.cosell.api.referral.HistoryEntry;
import com.cosell.api.referral.Referral;
import io.r2dbc.postgresql.codec.Json;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import tools.jackson.databind.json.JsonMapper;

/** Reads beside the referral document: its history and the organization's recent contacts. */
@Repository
class ReferralReadModel {

    private final DatabaseClient db;
    private final JsonMapper json;

    private static final tools.jackson.databind.JavaType CHANGES =
            tools.jackson.databind.type.TypeFactory.createDefaultInstance()
                    .constructCollectionType(List.class, Change.class);

    ReferralReadModel(DatabaseClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    /** Only the events the organization itself received: never another party's; comments have their thread. */
    Flux<HistoryEntry> history(String organizationId, UUID referralId) {
        return db.sql("""
                        SELECT seq, type, at, actor_id, actor_name, changes FROM referral_event
                        WHERE organization_id = :org AND referral_id = :id AND type <> 'notification-created'
                          AND type NOT LIKE 'comment-%'
                        ORDER BY seq LIMIT 1000""")
                .bind("org", organizationId)
                .bind("id", referralId)
                .map(row -> new HistoryEntry(
                        row.get("seq", Long.class),
                        row.get("type", String.class),
                        row.get("at", Instant.class),
                        row.get("actor_id", String.class),
                        row.get("actor_name", String.class),
                        json.readValue(row.get("changes", Json.class).asString(), CHANGES)))
                .all();
    }

    /** People of the organization's recent deals, newest first, once each (by email). */
    Flux<Referral.Member> recentContacts(String organizationId, int limit) {
        return db.sql("""
                        SELECT m FROM (
                          SELECT DISTINCT ON (lower(m->>'email')) m, r.updated_at
                          FROM referral r, jsonb_array_elements(r.doc->'team') m
                          WHERE r.organization_id = :org AND r.updated_at > now() - interval '365 days'
                          ORDER BY lower(m->>'email'), r.updated_at DESC) latest
                        ORDER BY updated_at DESC LIMIT :limit""")
                .bind("org", organizationId)
                .bind("limit", limit)
                .map(row -> json.readValue(row.get("m", Json.class).asString(), Referral.Member.class))
                .all();
    }
}
