package com.cosell.backend.reminder;

import com.cosell.api.referral.Stage;
import com.cosell.backend.event.EventLog;
import com.cosell.backend.notification.NotificationKind;
import com.cosell.backend.notification.Notifier;
import com.cosell.backend.referral.ExpiryRule;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Sends the reminders that are due: before a received referral expires (one per configured step: a
 * referral that arrives with two days left gets the two-day reminder, not the week's as well),
 * escalation of a received referral left unanswered, and a stale alert on an accepted deal unchanged
 * for long. Each is claimed with {@code INSERT … ON CONFLICT DO NOTHING} into {@code reminder_sent} (the
 * referrals looked at are locked with SKIP LOCKED, so parallel runs take different ones) and its
 * notification and event are written in the same transaction: exactly once, on any number of instances.
 */
@Component
public class ReminderJob {

    static final String ACTOR = "Co-sell";
    private static final String RECEIVED = ExpiryRule.FROM.substatus().name();
    private static final String ACCEPTED = Stage.ACCEPTED.substatus().name();

    private final DatabaseClient db;
    private final EventLog events;
    private final Notifier notifier;
    private final TransactionalOperator tx;
    private final Clock clock;
    private final ReminderProperties properties;

    ReminderJob(
            DatabaseClient db,
            EventLog events,
            Notifier notifier,
            TransactionalOperator tx,
            Clock clock,
            ReminderProperties properties) {
        this.db = db;
        this.events = events;
        this.notifier = notifier;
        this.tx = tx;
        this.clock = clock;
        this.properties = properties;
    }

    /** One run: every due reminder, escalation and stale alert; emits how many were sent. */
    public Mono<Integer> run() {
        return Flux.concat(drain(this::expiringBatch), drain(this::escalationBatch), drain(this::staleBatch))
                .reduce(0, Integer::sum);
    }

    private Mono<Integer> drain(Supplier<Mono<Integer>> batch) {
        return batch.get()
                .expand(n -> n < properties.batchSize() ? Mono.empty() : batch.get())
                .reduce(0, Integer::sum);
    }

    /** The received referrals within a step of their expiry, each at the smallest step it is within. */
    Mono<Integer> expiringBatch() {
        Instant now = clock.instant();
        Long[] seconds =
                properties.beforeExpiry().stream().map(Duration::toSeconds).toArray(Long[]::new);
        String[] steps =
                properties.beforeExpiry().stream().map(Duration::toString).toArray(String[]::new);
        Duration widest = properties.beforeExpiry().isEmpty()
                ? Duration.ZERO
                : properties.beforeExpiry().getLast();
        return claim(
                """
                SELECT r.id, st.step FROM referral r
                CROSS JOIN LATERAL (SELECT s.step FROM unnest(CAST(:seconds AS bigint[]), CAST(:steps AS text[])) AS s(secs, step)
                                    WHERE r.expiration_at <= CAST(:now AS timestamptz) + s.secs * interval '1 second'
                                    ORDER BY s.secs LIMIT 1) st
                WHERE r.substatus = :received AND r.expiration_at > :now AND r.expiration_at <= :until
                  AND NOT EXISTS (SELECT 1 FROM reminder_sent m
                                  WHERE m.referral_id = r.id AND m.kind = 'EXPIRING' AND m.step = st.step)
                ORDER BY r.expiration_at LIMIT :batch FOR UPDATE OF r SKIP LOCKED""",
                "EXPIRING",
                spec -> spec.bind("seconds", seconds)
                        .bind("steps", steps)
                        .bind("received", RECEIVED)
                        .bind("until", now.plus(widest)),
                now,
                NotificationKind.EXPIRING_SOON,
                row -> "Expires at " + row.expiresAt());
    }

    /** Received referrals unanswered (and unassigned) {@code escalateAfter} after they arrived. */
    Mono<Integer> escalationBatch() {
        Instant now = clock.instant();
        return claim(
                """
                SELECT r.id, '' AS step FROM referral r
                WHERE r.substatus = :received AND r.direction = 'Incoming' AND r.created_at <= :since
                  AND (r.expiration_at IS NULL OR r.expiration_at > :now) AND %s
                  AND NOT EXISTS (SELECT 1 FROM reminder_sent m WHERE m.referral_id = r.id AND m.kind = 'ESCALATED')
                ORDER BY r.created_at LIMIT :batch FOR UPDATE OF r SKIP LOCKED""".formatted(ReminderRecipients.UNASSIGNED),
                "ESCALATED",
                spec -> spec.bind("received", RECEIVED).bind("since", now.minus(properties.escalateAfter())),
                now,
                NotificationKind.ESCALATED,
                row -> "Unanswered since " + row.createdAt());
    }

    /** Accepted deals unchanged for {@code staleAfter}: once per version, so a deal that moves and stalls again is told again. */
    Mono<Integer> staleBatch() {
        Instant now = clock.instant();
        return claim(
                """
                SELECT r.id, CAST(r.version AS text) AS step FROM referral r
                WHERE r.substatus = :accepted AND r.updated_at <= :since
                  AND NOT EXISTS (SELECT 1 FROM reminder_sent m
                                  WHERE m.referral_id = r.id AND m.kind = 'STALE' AND m.step = CAST(r.version AS text))
                ORDER BY r.updated_at LIMIT :batch FOR UPDATE OF r SKIP LOCKED""",
                "STALE",
                spec -> spec.bind("accepted", ACCEPTED).bind("since", now.minus(properties.staleAfter())),
                now,
                NotificationKind.STALE,
                row -> "Unchanged since " + row.updatedAt());
    }

    /**
     * Claims what {@code due} selects (rows {@code id, step}, locked) as sent reminders of {@code kind}
     * and writes a notification for each claimed one, in one transaction; emits how many were claimed.
     */
    private Mono<Integer> claim(
            String due,
            String kind,
            Function<GenericExecuteSpec, GenericExecuteSpec> binds,
            Instant now,
            NotificationKind notification,
            Function<Due, String> reason) {
        Flux<Due> claimed = binds.apply(db.sql("""
                        WITH due AS (%s),
                        sent AS (
                            INSERT INTO reminder_sent (referral_id, kind, step, sent_at)
                            SELECT id, :kind, step, :now FROM due ON CONFLICT DO NOTHING RETURNING referral_id)
                        SELECT r.id, r.organization_id, r.name, r.expiration_at, r.created_at, r.updated_at,
                               o.name AS sender, %s AS recipient
                        FROM sent JOIN referral r ON r.id = sent.referral_id
                        LEFT JOIN organization o
                            ON o.id = r.doc -> 'inviteContext' -> 'invitedBy' ->> 'organizationId'
                        ORDER BY r.id""".formatted(due, ReminderRecipients.RECIPIENT))
                        .bind("kind", kind)
                        .bind("now", now)
                        .bind("batch", properties.batchSize()))
                .map(row -> new Due(
                        row.get("id", UUID.class),
                        row.get("organization_id", String.class),
                        row.get("name", String.class),
                        row.get("sender", String.class),
                        row.get("recipient", String.class),
                        row.get("expiration_at", Instant.class),
                        row.get("created_at", Instant.class),
                        row.get("updated_at", Instant.class)))
                .all();
        return tx.transactional(claimed.map(d -> new Notifier.Draft(
                        d.organizationId(),
                        notification,
                        d.id(),
                        d.name(),
                        d.sender(),
                        reason.apply(d),
                        null,
                        ACTOR,
                        now,
                        d.recipient()))
                .collectList()
                .flatMap(drafts -> notifier.notifyAll(drafts)
                        .collectList()
                        .flatMapMany(events::appendAll)
                        .then(Mono.just(drafts.size()))));
    }

    private record Due(
            UUID id,
            String organizationId,
            String name,
            @Nullable String sender,
            @Nullable String recipient,
            @Nullable Instant expiresAt,
            Instant createdAt,
            Instant updatedAt) {}
}
