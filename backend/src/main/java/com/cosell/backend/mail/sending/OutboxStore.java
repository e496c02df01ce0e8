package com.cosell.backend.mail.sending;

import com.cosell.backend.notification.NotificationKind;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Claims, completes and reschedules outbox rows. A claim leases rows it locked with
 * {@code FOR UPDATE SKIP LOCKED} (the lock check repeats the lease condition, so a row one worker
 * just leased is skipped by another), and every later write names the lease: a worker whose lease
 * ran out changes nothing. SQL rather than mapped rows: leases need FOR UPDATE SKIP LOCKED.
 */
@Repository
class OutboxStore {

    private static final String CONTENT = """
            SELECT c.id, c.lease_token, c.digest, c.attempts, c.created_at AS queued_at, p.id AS person_id, p.email, p.name,
                   p.language, p.email_delivery, p.muted_kinds, p.unsubscribe_token, n.kind, n.referral_id,
                   n.referral_name, n.other_organization, n.reason, n.created_at AS at
            FROM claimed c JOIN person p ON p.id = c.person_id JOIN notification n ON n.id = c.notification_id
            ORDER BY p.id, n.created_at, c.id""";

    private final DatabaseClient db;

    OutboxStore(DatabaseClient db) {
        this.db = db;
    }

    /** Due instant mails, each to be sent on its own. */
    Flux<Pending> claimInstant(int limit, Instant now, Instant until) {
        return db.sql("""
                        WITH claimed AS (
                            UPDATE mail_outbox m SET lease_token = :lease, lease_until = :until
                            WHERE m.id IN (SELECT id FROM mail_outbox
                                           WHERE NOT digest AND sent_at IS NULL AND failed_at IS NULL
                                             AND next_attempt_at <= :now AND (lease_until IS NULL OR lease_until <= :now)
                                           ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED)
                            RETURNING m.*)
                        """ + CONTENT)
                .bind("lease", UUID.randomUUID())
                .bind("until", until)
                .bind("now", now)
                .bind("limit", limit)
                .map(OutboxStore::pending)
                .all();
    }

    /**
     * Every waiting digest mail of up to {@code limit} people whose oldest one was queued before
     * {@code cutoff} and none of which waits for a retry: each person's rows become one mail.
     */
    Flux<Pending> claimDigests(int limit, Instant now, Instant cutoff, Instant until) {
        return db.sql("""
                        WITH due AS (
                            SELECT person_id FROM mail_outbox WHERE digest AND sent_at IS NULL AND failed_at IS NULL
                            GROUP BY person_id
                            HAVING min(created_at) <= :cutoff AND max(next_attempt_at) <= :now
                               AND bool_and(lease_until IS NULL OR lease_until <= :now)
                            LIMIT :limit),
                        locked AS (
                            SELECT m.id FROM mail_outbox m JOIN due ON due.person_id = m.person_id
                            WHERE m.digest AND m.sent_at IS NULL AND m.failed_at IS NULL
                              AND (m.lease_until IS NULL OR m.lease_until <= :now)
                            FOR UPDATE OF m SKIP LOCKED),
                        claimed AS (
                            UPDATE mail_outbox m SET lease_token = :lease, lease_until = :until
                            FROM locked WHERE m.id = locked.id
                            RETURNING m.*)
                        """ + CONTENT)
                .bind("lease", UUID.randomUUID())
                .bind("until", until)
                .bind("now", now)
                .bind("cutoff", cutoff)
                .bind("limit", limit)
                .map(OutboxStore::pending)
                .all();
    }

    /** Marks the rows sent, if this worker's lease on them still holds; emits how many it marked. */
    Mono<Long> sent(List<Pending> rows, Instant now) {
        return db.sql("""
                        UPDATE mail_outbox SET sent_at = :now, lease_token = NULL, lease_until = NULL
                        WHERE id = ANY(:ids) AND lease_token = :lease AND sent_at IS NULL""")
                .bind("now", now)
                .bind("ids", ids(rows))
                .bind("lease", rows.getFirst().lease())
                .fetch()
                .rowsUpdated();
    }

    /** A failed send: tried again at {@code next}, or given up ({@code next} null) and kept as failed. */
    Mono<Long> failed(List<Pending> rows, Instant now, @Nullable Instant next, String error) {
        var spec = db.sql("""
                        UPDATE mail_outbox SET attempts = attempts + 1, last_error = left(:error, 1024),
                            lease_token = NULL, lease_until = NULL,
                            next_attempt_at = coalesce(:next, next_attempt_at),
                            failed_at = CASE WHEN :next IS NULL THEN :now END
                        WHERE id = ANY(:ids) AND lease_token = :lease AND sent_at IS NULL""")
                .bind("error", error)
                .bind("now", now)
                .bind("ids", ids(rows))
                .bind("lease", rows.getFirst().lease());
        spec = next == null ? spec.bindNull("next", Instant.class) : spec.bind("next", next);
        return spec.fetch().rowsUpdated();
    }

    private static UUID[] ids(List<Pending> rows) {
        return rows.stream().map(Pending::id).toArray(UUID[]::new);
    }

    private static Pending pending(Readable row) {
        String[] muted = row.get("muted_kinds", String[].class);
        Integer attempts = row.get("attempts", Integer.class);
        return new Pending(
                row.get("id", UUID.class),
                row.get("lease_token", UUID.class),
                Boolean.TRUE.equals(row.get("digest", Boolean.class)),
                attempts == null ? 0 : attempts,
                row.get("queued_at", Instant.class),
                row.get("person_id", String.class),
                row.get("email", String.class),
                row.get("name", String.class),
                row.get("language", String.class),
                row.get("email_delivery", String.class),
                muted == null ? Set.of() : Set.of(muted),
                row.get("unsubscribe_token", UUID.class),
                NotificationKind.valueOf(row.get("kind", String.class)),
                row.get("referral_id", UUID.class),
                row.get("referral_name", String.class),
                row.get("other_organization", String.class),
                row.get("reason", String.class),
                row.get("at", Instant.class));
    }
}
