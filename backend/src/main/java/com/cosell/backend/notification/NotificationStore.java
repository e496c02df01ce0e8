package com.cosell.backend.notification;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Notification rows; every statement is scoped to one organization and one user: a notification
 * with a recipient (a mention) is that person's alone. SQL rather than mapped rows: a page joins
 * each row's read state, and marking read is set-based.
 */
@Repository
class NotificationStore {

    private final DatabaseClient db;

    NotificationStore(DatabaseClient db) {
        this.db = db;
    }

    Flux<Notification> page(String org, String user, int limit, long skip) {
        return db.sql("""
                        SELECT n.id, n.kind, n.referral_id, n.referral_name, n.other_organisation, n.reason,
                               n.created_at, r.user_id IS NOT NULL AS read
                        FROM notification n
                        LEFT JOIN notification_read r ON r.notification_id = n.id AND r.user_id = :user
                        WHERE n.organisation_id = :org AND (n.recipient_id IS NULL OR n.recipient_id = :user)
                        ORDER BY n.created_at DESC, n.id DESC LIMIT :limit OFFSET :skip""")
                .bind("org", org).bind("user", user).bind("limit", limit).bind("skip", skip)
                .map(NotificationStore::notification).all();
    }

    Mono<Long> unread(String org, String user) {
        return db.sql("""
                        SELECT count(*) AS n FROM notification n WHERE n.organisation_id = :org
                            AND (n.recipient_id IS NULL OR n.recipient_id = :user) AND NOT EXISTS (
                            SELECT 1 FROM notification_read r WHERE r.notification_id = n.id AND r.user_id = :user)""")
                .bind("org", org).bind("user", user)
                .map(row -> row.get("n", Long.class)).one();
    }

    /** Emits whether the notification exists in the organization (marking it again is harmless). */
    Mono<Boolean> markRead(String org, String user, UUID id, Instant now) {
        return db.sql("""
                        WITH target AS (SELECT id FROM notification WHERE id = :id AND organisation_id = :org
                                         AND (recipient_id IS NULL OR recipient_id = :user)),
                             mark AS (INSERT INTO notification_read (notification_id, user_id, read_at)
                                      SELECT id, :user, :now FROM target ON CONFLICT DO NOTHING)
                        SELECT count(*) AS n FROM target""")
                .bind("id", id).bind("org", org).bind("user", user).bind("now", now)
                .map(row -> row.get("n", Long.class) > 0).one();
    }

    Mono<Long> markAllRead(String org, String user, Instant now) {
        return db.sql("""
                        INSERT INTO notification_read (notification_id, user_id, read_at)
                        SELECT n.id, :user, :now FROM notification n WHERE n.organisation_id = :org
                            AND (n.recipient_id IS NULL OR n.recipient_id = :user)
                        ON CONFLICT DO NOTHING""")
                .bind("org", org).bind("user", user).bind("now", now)
                .fetch().rowsUpdated();
    }

    private static Notification notification(Readable row) {
        return new Notification(row.get("id", UUID.class), NotificationKind.valueOf(row.get("kind", String.class)),
                row.get("referral_id", UUID.class), row.get("referral_name", String.class),
                row.get("other_organisation", String.class), row.get("reason", String.class),
                row.get("created_at", Instant.class), Boolean.TRUE.equals(row.get("read", Boolean.class)));
    }
}
