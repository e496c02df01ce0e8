package com.cosell.backend.notification;

import com.cosell.backend.event.Change;
import com.cosell.backend.event.EventConsequences;
import com.cosell.backend.event.NewEvent;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Which events notify whom. A referral received by an organisation notifies it; the receiver's
 * answer (or the expiry) reaches the sender through its {@code related-referral-updated} event, so
 * the notification goes to exactly the organisation that event belongs to, and to no other.
 */
@Component
class NotificationRules implements EventConsequences {

    private final DatabaseClient db;
    private final Notifier notifier;

    NotificationRules(DatabaseClient db, Notifier notifier) {
        this.db = db;
        this.notifier = notifier;
    }

    @Override
    public Flux<NewEvent> follow(NewEvent event) {
        UUID referralId = event.referralId();
        if (referralId == null) {
            return Flux.empty();
        }
        return switch (event.type()) {
            case REFERRAL_CREATED -> newInbound(event, referralId).flux();
            case RELATED_REFERRAL_UPDATED -> answered(event, referralId).flux();
            default -> Flux.empty();
        };
    }

    private Mono<NewEvent> newInbound(NewEvent event, UUID referralId) {
        return db.sql("""
                        SELECT r.name, o.name AS sender FROM referral r
                        LEFT JOIN organisation o ON o.id = r.doc -> 'inviteContext' -> 'invitedBy' ->> 'organizationId'
                        WHERE r.id = :id AND r.direction = 'Incoming'""")
                .bind("id", referralId)
                .map(row -> new Facts(row.get("name", String.class), row.get("sender", String.class), false))
                .one()
                .flatMap(f -> notifier.notify(event.organisationId(), NotificationKind.NEW_INBOUND, referralId,
                        f.referralName(), f.other(), null, event.actorId(), event.actorName(), event.at()));
    }

    /** The other party's referral changed stage: only answers and expiry notify the sender. */
    private Mono<NewEvent> answered(NewEvent event, UUID referralId) {
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
                    default -> { }
                }
            }
        }
        if (otherOrg == null || substatus == null) {
            return Mono.empty();
        }
        String answer = substatus;
        String because = reason;
        return db.sql("""
                        SELECT r.name, o.name AS other, o.kind = 'VENDOR' AS vendor FROM referral r, organisation o
                        WHERE r.id = :id AND r.direction = 'Outgoing' AND o.id = :other""")
                .bind("id", referralId).bind("other", otherOrg)
                .map(row -> new Facts(row.get("name", String.class), row.get("other", String.class),
                        Boolean.TRUE.equals(row.get("vendor", Boolean.class))))
                .one()
                .flatMap(f -> {
                    NotificationKind kind = kind(answer, f.vendor());
                    return kind == null ? Mono.empty() : notifier.notify(event.organisationId(), kind, referralId,
                            f.referralName(), f.other(), kind == NotificationKind.EXPIRED ? null : because,
                            event.actorId(), event.actorName(), event.at());
                });
    }

    private static @Nullable NotificationKind kind(String substatus, boolean vendor) {
        return switch (substatus) {
            case "Accepted" -> vendor ? NotificationKind.VENDOR_ENGAGED : NotificationKind.ACCEPTED;
            case "Declined" -> vendor ? NotificationKind.VENDOR_DECLINED : NotificationKind.DECLINED;
            case "Expired" -> NotificationKind.EXPIRED;
            default -> null;
        };
    }

    private record Facts(String referralName, @Nullable String other, boolean vendor) {
    }
}
