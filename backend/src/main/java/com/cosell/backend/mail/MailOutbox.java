package com.cosell.backend.mail;

import com.cosell.backend.notification.NotificationListener;
import io.r2dbc.postgresql.codec.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Queues the mail a notification calls for, in the notification's transaction: one row per person
 * concerned who wants that kind by mail. Concerned are the people of the notification's organization
 * (and only that organization: a notification exists only where its referral does) who hold a role
 * there and are either its admins, the referral's owner or on its team (matched by email address); a notification
 * for one person (a mention) mails that person alone, if they are of the organization. A person over
 * {@code floodLimit} instant mails in the last day gets the rest in their digest. SQL rather than mapped
 * rows: the queueing is one set-based INSERT … SELECT over people, referral team and the day's mail.
 */
@Component
class MailOutbox implements NotificationListener {

    private final DatabaseClient db;
    private final JsonMapper json;
    private final MailProperties properties;

    MailOutbox(DatabaseClient db, JsonMapper json, MailProperties properties) {
        this.db = db;
        this.json = json;
        this.properties = properties;
    }

    @Override
    public Mono<Void> written(List<Written> notifications) {
        if (!properties.enabled() || notifications.isEmpty()) {
            return Mono.empty();
        }
        List<Map<String, Object>> rows = new ArrayList<>(notifications.size());
        for (Written n : notifications) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", n.id().toString());
            row.put("org", n.organizationId());
            row.put("kind", n.kind().name());
            row.put("referral", n.referralId() == null ? null : n.referralId().toString());
            row.put("at", n.at().toString());
            row.put("recipient", n.recipientId());
            row.put("owner", n.ownerId());
            rows.add(row);
        }
        return db.sql("""
                        INSERT INTO mail_outbox (id, notification_id, person_id, digest, created_at, next_attempt_at)
                        SELECT gen_random_uuid(), c.nid, c.pid, c.wants_digest OR c.earlier + c.nth > :flood, c.at, c.at
                        FROM (SELECT n.id AS nid, p.id AS pid, n.at, p.email_delivery = 'DIGEST' AS wants_digest,
                                     row_number() OVER (PARTITION BY p.id ORDER BY n.at, n.id) AS nth,
                                     (SELECT count(*) FROM mail_outbox m WHERE m.person_id = p.id AND NOT m.digest
                                      AND m.created_at > n.at - interval '1 day') AS earlier
                              FROM jsonb_to_recordset(:rows) AS n(id uuid, org text, kind text, referral uuid, at timestamptz,
                                                                  recipient text, owner text)
                        JOIN organization o ON o.id = n.org
                        JOIN person p ON p.organization_id = n.org
                        LEFT JOIN referral r ON r.id = n.referral AND r.organization_id = n.org
                        WHERE p.email IS NOT NULL AND p.email_delivery <> 'NONE' AND NOT (n.kind = ANY (p.muted_kinds))
                          AND p.roles && (CASE WHEN o.kind = 'PARTNER' THEN ARRAY['MPN_ADMIN', 'REFERRAL_ADMIN']
                                               ELSE ARRAY['VENDOR_ADMIN', 'SELLER'] END)
                          AND (CASE WHEN n.recipient IS NOT NULL THEN p.id = n.recipient
                               ELSE p.roles && (CASE WHEN o.kind = 'PARTNER' THEN ARRAY['MPN_ADMIN']
                                                     ELSE ARRAY['VENDOR_ADMIN'] END)
                               OR p.id = n.owner
                               OR EXISTS (SELECT 1 FROM jsonb_array_elements(coalesce(r.doc -> 'team', '[]')) t
                                          WHERE lower(t ->> 'email') = lower(p.email)) END)) c
                        ON CONFLICT (notification_id, person_id) DO NOTHING""")
                .bind("rows", Json.of(json.writeValueAsString(rows)))
                .bind("flood", properties.floodLimit())
                .then();
    }
}
