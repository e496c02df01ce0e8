package com.cosell.backend.notification;

import com.cosell.api.event.Change;
import com.cosell.api.event.EventType;
import com.cosell.api.referral.Direction;
import com.cosell.backend.event.EventConsequences;
import com.cosell.backend.event.NewEvent;
import io.r2dbc.postgresql.codec.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which events notify whom. A referral received by an organization notifies it, and so does its
 * withdrawal by the sender; the receiver's answer (or the expiry) reaches the sender, and the vendor
 * when the vendor is a party, through their {@code related-referral-updated} events: the notification
 * goes to exactly the organization that event belongs to (other invited partners are not told of each
 * other's answers; they see them on the page). The facts for a whole batch of events are read with
 * one query per kind of rule.
 */
@Component
class NotificationRules implements EventConsequences {

    private final DatabaseClient db;
    private final Notifier notifier;
    private final JsonMapper json;

    NotificationRules(DatabaseClient db, Notifier notifier, JsonMapper json) {
        this.db = db;
        this.notifier = notifier;
        this.json = json;
    }

    @Override
    public Flux<NewEvent> follow(List<NewEvent> events) {
        List<NewEvent> created = new ArrayList<>();
        List<NewEvent> withdrawn = new ArrayList<>();
        List<Answer> answers = new ArrayList<>();
        for (NewEvent e : events) {
            if (e.referralId() == null) {
                continue;
            }
            if (e.type() == EventType.REFERRAL_CREATED) {
                if (e.direction() != Direction.Outgoing) { // the sender's own copy tells nobody: no statement
                    created.add(e);
                }
            } else if (e.type() == EventType.REFERRAL_UPDATED && withdrawal(e)) {
                withdrawn.add(e);
            } else if (e.type() == EventType.RELATED_REFERRAL_UPDATED) {
                Answer a = Answer.of(e);
                if (a != null) {
                    answers.add(a);
                }
            }
        }
        return incoming(created, NotificationKind.NEW_INBOUND)
                .concatWith(incoming(withdrawn, NotificationKind.WITHDRAWN))
                .concatWith(answered(answers))
                .collectList()
                .flatMapMany(notifier::notifyAll);
    }

    /** The sender closed the invitation: Expired (which no person sets) with the reason Withdrawn. */
    private static boolean withdrawal(NewEvent e) {
        return e.changes().stream().anyMatch(c -> c.path().equals("/statusReason") && "Withdrawn".equals(c.to()))
                && e.changes().stream().anyMatch(c -> c.path().equals("/substatus") && "Expired".equals(c.to()));
    }

    /** Each referral received (an Incoming copy), or withdrawn from it, notifies its organization. */
    private Flux<Notifier.Draft> incoming(List<NewEvent> created, NotificationKind kind) {
        if (created.isEmpty()) {
            return Flux.empty();
        }
        List<Map<String, Object>> keys = new ArrayList<>();
        for (NewEvent e : created) {
            keys.add(Map.of("ord", keys.size(), "referral", String.valueOf(e.referralId())));
        }
        return db.sql("""
                        SELECT k.ord, r.name, o.name AS sender
                        FROM jsonb_to_recordset(:keys) AS k(ord int, referral uuid)
                        JOIN referral r ON r.id = k.referral AND r.direction = 'Incoming'
                        LEFT JOIN organization o ON o.id = r.doc -> 'inviteContext' -> 'invitedBy' ->> 'organizationId'
                        ORDER BY k.ord""")
                .bind("keys", Json.of(json.writeValueAsString(keys)))
                .map(row -> {
                    NewEvent e = created.get(row.get("ord", Integer.class));
                    return new Notifier.Draft(
                            e.organizationId(),
                            kind,
                            e.referralId(),
                            row.get("name", String.class),
                            row.get("sender", String.class),
                            null,
                            e.actorId(),
                            e.actorName(),
                            e.at());
                })
                .all();
    }

    /** The other party's referral changed stage: only answers and expiry notify, the sender and the vendor. */
    private Flux<Notifier.Draft> answered(List<Answer> answers) {
        if (answers.isEmpty()) {
            return Flux.empty();
        }
        List<Map<String, Object>> keys = new ArrayList<>();
        for (Answer a : answers) {
            keys.add(Map.of(
                    "ord", keys.size(), "referral", a.event().referralId().toString(), "other", a.otherOrg()));
        }
        return db.sql("""
                        SELECT k.ord, r.name, o.name AS other, o.kind = 'VENDOR' AS vendor
                        FROM jsonb_to_recordset(:keys) AS k(ord int, referral uuid, other text)
                        JOIN referral r ON r.id = k.referral
                        JOIN organization me ON me.id = r.organization_id
                        JOIN organization o ON o.id = k.other
                        WHERE r.direction = 'Outgoing' OR me.kind = 'VENDOR'
                        ORDER BY k.ord""")
                .bind("keys", Json.of(json.writeValueAsString(keys)))
                .map(row -> {
                    Answer a = answers.get(row.get("ord", Integer.class));
                    NotificationKind kind = a.kind(Boolean.TRUE.equals(row.get("vendor", Boolean.class)));
                    NewEvent e = a.event();
                    return new Notifier.Draft(
                            e.organizationId(),
                            kind,
                            e.referralId(),
                            row.get("name", String.class),
                            row.get("other", String.class),
                            kind == NotificationKind.EXPIRED ? null : a.reason(),
                            e.actorId(),
                            e.actorName(),
                            e.at());
                })
                .all();
    }

    /** A stage change of another organization's copy that is an answer (or the expiry) to tell its sender of. */
    private record Answer(
            NewEvent event,
            String otherOrg,
            String substatus,
            @Nullable String reason) {

        NotificationKind kind(boolean vendor) {
            return switch (substatus) {
                case "Accepted" -> vendor ? NotificationKind.VENDOR_ENGAGED : NotificationKind.ACCEPTED;
                case "Declined" -> vendor ? NotificationKind.VENDOR_DECLINED : NotificationKind.DECLINED;
                default -> NotificationKind.EXPIRED;
            };
        }

        static @Nullable Answer of(NewEvent event) {
            String otherOrg = null;
            String substatus = null;
            String reason = null;
            for (Change c : event.changes()) {
                String[] parts = c.path().split("/"); // "", "relatedReferrals", org, field
                if (parts.length == 4 && parts[1].equals("relatedReferrals")) {
                    otherOrg = parts[2];
                    switch (parts[3]) {
                        case "substatus" -> substatus = String.valueOf(c.to());
                        case "statusReason" -> reason = c.to() == null ? null : String.valueOf(c.to());
                        default -> {}
                    }
                }
            }
            // A withdrawal is the sender's own doing: nothing to tell it.
            boolean answer = "Accepted".equals(substatus)
                    || "Declined".equals(substatus)
                    || "Expired".equals(substatus) && !"Withdrawn".equals(reason);
            return otherOrg == null || !answer ? null : new Answer(event, otherOrg, substatus, reason);
        }
    }
}
