package com.cosell.backend.notification;

import io.r2dbc.spi.Row;
import io.r2dbc.spi.RowMetadata;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.r2dbc.core.R2dbcEntityTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Notification rows; every statement is scoped to one organization and one user: a notification
 * with a recipient (a mention) is that person's alone. SQL rather than Criteria: a page joins each
 * row's read state (its rows are mapped to {@link Notification} by Spring Data's converter), the
 * unread count is an anti-join, marking one read inserts only if the notification is the caller's
 * (one statement, ON CONFLICT), and marking all read is set-based (INSERT … SELECT).
 */
@Repository
class NotificationStore {

    private final R2dbcEntityTemplate rows;
    private final DatabaseClient db;

    NotificationStore(R2dbcEntityTemplate rows) {
        this.rows = rows;
        this.db = rows.getDatabaseClient();
    }

    Flux<Notification> page(String org, String user, int limit, long skip) {
        return db.sql("""
                        SELECT n.id, n.kind, n.referral_id, n.referral_name, n.other_organization, n.reason,
                               n.created_at, r.user_id IS NOT NULL AS read
                        FROM notification n
                        LEFT JOIN notification_read r ON r.notification_id = n.id AND r.user_id = :user
                        WHERE n.organization_id = :org AND (n.recipient_id IS NULL OR n.recipient_id = :user)
                        ORDER BY n.created_at DESC, n.id DESC LIMIT :limit OFFSET :skip""")
                .bind("org", org)
                .bind("user", user)
                .bind("limit", limit)
                .bind("skip", skip)
                .map(this::notification)
                .all();
    }

    Mono<Long> unread(String org, String user) {
        return db.sql("""
                        SELECT count(*) AS n FROM notification n WHERE n.organization_id = :org
                            AND (n.recipient_id IS NULL OR n.recipient_id = :user) AND NOT EXISTS (
                            SELECT 1 FROM notification_read r WHERE r.notification_id = n.id AND r.user_id = :user)""")
                .bind("org", org)
                .bind("user", user)
                .map(row -> row.get("n", Long.class))
                .one();
    }

    /** Emits whether the notification exists in the organization (marking it again is harmless). */
    Mono<Boolean> markRead(String org, String user, UUID id, Instant now) {
        return db.sql("""
                        WITH target AS (SELECT id FROM notification WHERE id = :id AND organization_id = :org
                                         AND (recipient_id IS NULL OR recipient_id = :user)),
                             mark AS (INSERT INTO notification_read (notification_id, user_id, read_at)
                                      SELECT id, :user, :now FROM target ON CONFLICT DO NOTHING)
                        SELECT count(*) AS n FROM target""")
                .bind("id", id)
                .bind("org", org)
                .bind("user", user)
                .bind("now", now)
                .map(row -> row.get("n", Long.class) > 0)
                .one();
    }

    Mono<Long> markAllRead(String org, String user, Instant now) {
        return db.sql("""
                        INSERT INTO notification_read (notification_id, user_id, read_at)
                        SELECT n.id, :user, :now FROM notification n WHERE n.organization_id = :org
                            AND (n.recipient_id IS NULL OR n.recipient_id = :user)
                        ON CONFLICT DO NOTHING""")
                .bind("org", org)
                .bind("user", user)
                .bind("now", now)
                .fetch()
                .rowsUpdated();
    }

    private Notification notification(Row row, RowMetadata metadata) {
        return rows.getConverter().read(Notification.class, row, metadata);
    }
}
