package com.cosell.backend.notification;

import com.cosell.api.event.Change;
import com.cosell.api.event.EventType;
import com.cosell.backend.event.NewEvent;
import io.r2dbc.postgresql.codec.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores notifications and returns the {@code notification-created} events that push them to their
 * organizations' streams. Call it inside the transaction of the cause and append the events there.
 * SQL rather than mapped rows: a batch is one set-based INSERT … SELECT.
 */
@Component
public class Notifier {

    private final DatabaseClient db;
    private final JsonMapper json;
    private final List<NotificationListener> listeners;
    private final List<NotificationAudience> audience;

    Notifier(
            DatabaseClient db,
            JsonMapper json,
            List<NotificationListener> listeners,
            List<NotificationAudience> audience) {
        this.db = db;
        this.json = json;
        this.listeners = listeners;
        this.audience = audience;
    }

    /**
     * A notification to write for {@code organizationId}, caused by the actor's change at {@code at};
     * with a {@code recipientId}, for that one person of the organization only (a mention).
     */
    public record Draft(
            String organizationId,
            NotificationKind kind,
            @Nullable UUID referralId,
            @Nullable String referralName,
            @Nullable String otherOrganization,
            @Nullable String reason,
            @Nullable String actorId,
            @Nullable String actorName,
            Instant at,
            @Nullable String recipientId) {

        /** For the whole organization. */
        public Draft(
                String organizationId,
                NotificationKind kind,
                @Nullable UUID referralId,
                @Nullable String referralName,
                @Nullable String otherOrganization,
                @Nullable String reason,
                @Nullable String actorId,
                @Nullable String actorName,
                Instant at) {
            this(
                    organizationId,
                    kind,
                    referralId,
                    referralName,
                    otherOrganization,
                    reason,
                    actorId,
                    actorName,
                    at,
                    null);
        }
    }

    public Mono<NewEvent> notify(Draft draft) {
        return notifyAll(List.of(draft)).next();
    }

    /** Writes all drafts with one statement, each addressed to its referral's owner if any; emits their events in order. */
    public Flux<NewEvent> notifyAll(List<Draft> drafts) {
        if (drafts.isEmpty()) {
            return Flux.empty();
        }
        Set<UUID> referrals = new HashSet<>();
        drafts.stream().map(Draft::referralId).filter(Objects::nonNull).forEach(referrals::add);
        return Flux.fromIterable(audience)
                .concatMap(a -> referrals.isEmpty() ? Mono.just(Map.<UUID, String>of()) : a.owners(referrals))
                .reduce(new HashMap<UUID, String>(), (all, some) -> {
                    all.putAll(some);
                    return all;
                })
                .flatMapMany(owners -> write(drafts, owners));
    }

    private Flux<NewEvent> write(List<Draft> drafts, Map<UUID, String> owners) {
        List<Map<String, Object>> rows = new ArrayList<>(drafts.size());
        List<NewEvent> events = new ArrayList<>(drafts.size());
        List<NotificationListener.Written> written = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            Notification n = new Notification(
                    UUID.randomUUID(),
                    d.kind(),
                    d.referralId(),
                    d.referralName(),
                    d.otherOrganization(),
                    d.reason(),
                    d.at(),
                    false);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", n.id().toString());
            row.put("organization_id", d.organizationId());
            row.put("kind", d.kind().name());
            row.put(
                    "referral_id",
                    d.referralId() == null ? null : d.referralId().toString());
            row.put("referral_name", d.referralName());
            row.put("other_organization", d.otherOrganization());
            row.put("reason", d.reason());
            row.put("created_at", d.at().toString());
            row.put("recipient_id", d.recipientId());
            String owner = d.referralId() == null ? null : owners.get(d.referralId());
            row.put("owner_id", owner);
            rows.add(row);
            written.add(new NotificationListener.Written(
                    n.id(), d.organizationId(), d.kind(), d.referralId(), d.at(), d.recipientId(), owner));
            Map<String, Object> change = n.asChange();
            if (d.recipientId() != null) {
                change.put("recipientId", d.recipientId()); // the organization's stream carries it; only they see it
            }
            if (owner != null) {
                change.put("ownerId", owner);
            }
            events.add(new NewEvent(
                    EventType.NOTIFICATION_CREATED,
                    d.organizationId(),
                    d.referralId(),
                    null,
                    d.actorId(),
                    d.actorName(),
                    d.at(),
                    List.of(new Change("/notifications/" + n.id(), null, change))));
        }
        return db.sql("""
                        INSERT INTO notification (id, organization_id, kind, referral_id, referral_name,
                                                  other_organization, reason, created_at, recipient_id, owner_id)
                        SELECT id, organization_id, kind, referral_id, referral_name, other_organization, reason,
                               created_at, recipient_id, owner_id
                        FROM jsonb_to_recordset(:rows) AS n(id uuid, organization_id text, kind text, referral_id uuid,
                            referral_name text, other_organization text, reason text, created_at timestamptz,
                            recipient_id text, owner_id text)""")
                .bind("rows", Json.of(json.writeValueAsString(rows)))
                .then()
                .thenMany(Flux.fromIterable(listeners))
                .concatMap(l -> l.written(written))
                .thenMany(Flux.fromIterable(events));
    }
}
