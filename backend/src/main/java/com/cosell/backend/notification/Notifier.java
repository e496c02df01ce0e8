package com.cosell.backend.notification;

import com.cosell.backend.event.Change;
import com.cosell.backend.event.EventType;
import com.cosell.backend.event.NewEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Stores a notification and returns the {@code notification-created} event that pushes it to the
 * organisation's streams. Call it inside the transaction of the cause and append the event there.
 */
@Component
public class Notifier {

    private final DatabaseClient db;

    Notifier(DatabaseClient db) {
        this.db = db;
    }

    public Mono<NewEvent> notify(String organisationId, NotificationKind kind, @Nullable UUID referralId,
                                 @Nullable String referralName, @Nullable String otherOrganization,
                                 @Nullable String reason, @Nullable String actorId, @Nullable String actorName,
                                 Instant at) {
        Notification n = new Notification(UUID.randomUUID(), kind, referralId, referralName, otherOrganization,
                reason, at, false);
        return db.sql("""
                        INSERT INTO notification (id, organisation_id, kind, referral_id, referral_name,
                                                  other_organisation, reason, created_at)
                        VALUES (:id, :org, :kind, :referral, :name, :other, :reason, :at)""")
                .bind("id", n.id()).bind("org", organisationId).bind("kind", kind.name())
                .bind("referral", Parameter.fromOrEmpty(referralId, UUID.class))
                .bind("name", Parameter.fromOrEmpty(referralName, String.class))
                .bind("other", Parameter.fromOrEmpty(otherOrganization, String.class))
                .bind("reason", Parameter.fromOrEmpty(reason, String.class))
                .bind("at", at)
                .then()
                .thenReturn(new NewEvent(EventType.NOTIFICATION_CREATED, organisationId, referralId, null, actorId,
                        actorName, at, List.of(new Change("/notifications/" + n.id(), null, n.asChange()))));
    }
}
