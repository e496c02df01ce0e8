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
 * with a recipient (a mention, an assignment) is that person's alone, one about an owned referral
 * its owner's and the organization's admins'. SQL rather than Criteria: a page joins each
 * row's read state (its rows are mapped to {@link Notification} by Spring Data's converter), the
 * unread count is an anti-join, marking one read inserts only if the notification is the caller's
 * (one statement, ON CONFLICT), and marking all read is set-based (INSERT … SELECT).
 */
@Repository
class NotificationStore {

    /** Whether the notification {@code n} is for {@code :user} ({@code :admin}: an admin of the organization). */
    private static final String MINE = "(CASE WHEN n.recipient_id IS NOT NULL THEN n.recipient_id = :user "
            + "WHEN n.owner_id IS NOT NULL THEN n.owner_id = :user OR :admin ELSE TRUE END)";

    private final R2dbcEntityTemplate rows;
    private final DatabaseClient db;

    NotificationStore(R2dbcEntityTemplate rows) {
        this.rows = rows;
        this.db = rows.getDatabaseClient();
    }

    Flux<Notification> page(String org, String user, boolean admin, int limit, long skip) {
        return db.sql("""
                        SELECT n.id, n.kind, n.referral_id, n.referral_name, n.other_organization, n.reason,
                               n.created_at, r.user_id IS NOT NULL AS read
                        FROM notification n
                        LEFT JOIN notification_read r ON r.notification_id = n.id AND r.user_id = :user
                        WHERE n.organization_id = :org AND %s
                        ORDER BY n.created_at DESC, n.id DESC LIMIT :limit OFFSET :skip""".formatted(MINE))
                .bind("org", org)
                .bind("user", user)
                .bind("admin", admin)
                .bind("limit", limit)
                .bind("skip", skip)
                .map(this::notification)
                .all();
    }

    Mono<Long> unread(String org, String user, boolean admin) {
        return db.sql("""
                        SELECT count(*) AS n FROM notification n WHERE n.organization_id = :org
                            AND %s AND NOT EXISTS (
                            SELECT 1 FROM notification_read r WHERE r.notification_id = n.id AND r.user_id = :user)""".formatted(MINE))
                .bind("org", org)
                .bind("user", user)
                .bind("admin", admin)
                .map(row -> row.get("n", Long.class))
                .one();
    }

    /** Emits whether the notification exists in the organization (marking it again is harmless). */
    Mono<Boolean> markRead(String org, String user, boolean admin, UUID id, Instant now) {
        return db.sql("""
                        WITH target AS (SELECT n.id FROM notification n WHERE n.id = :id AND n.organization_id = :org
                                         AND %s),
                             mark AS (INSERT INTO notification_read (notification_id, user_id, read_at)
                                      SELECT id, :user, :now FROM target ON CONFLICT DO NOTHING)
                        SELECT count(*) AS n FROM target""".formatted(MINE))
                .bind("id", id)
                .bind("org", org)
                .bind("user", user)
                .bind("admin", admin)
                .bind("now", now)
                .map(row -> row.get("n", Long.class) > 0)
                .one();
    }

    Mono<Long> markAllRead(String org, String user, boolean admin, Instant now) {
        return db.sql("""
                        INSERT INTO notification_read (notification_id, user_id, read_at)
                        SELECT n.id, :user, :now FROM notification n WHERE n.organization_id = :org
                            AND %s
                        ON CONFLICT DO NOTHING""".formatted(MINE))
                .bind("org", org)
                .bind("user", user)
                .bind("admin", admin)
                .bind("now", now)
                .fetch()
                .rowsUpdated();
    }

    private Notification notification(Row row, RowMetadata metadata) {
        return rows.getConverter().read(Notification.class, row, metadata);
    }
}
