package com.cosell.backend.referral.store;

import com.cosell.api.event.Change;
import com.cosell.api.event.EventType;
import com.cosell.api.referral.Referral;
import com.cosell.backend.access.Actor;
import com.cosell.backend.event.NewEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The events a referral's changes write, beside the change, in its transaction. */
public final class ReferralEvents {

    private ReferralEvents() {}

    public static NewEvent of(EventType type, Referral r, Actor actor, Instant now, List<Change> changes) {
        return new NewEvent(
                type,
                r.organizationId(),
                r.id(),
                r.engagementId(),
                actor.caller().id(),
                actor.displayName(),
                now,
                changes,
                r.direction());
    }

    /** Tells {@code to}'s organization where the other party's referral stands — nothing more. */
    public static NewEvent related(EventType type, Referral to, Referral other, Actor actor, Instant now) {
        String at = "/relatedReferrals/" + other.organizationId();
        List<Change> changes = new ArrayList<>();
        changes.add(new Change(at + "/status", null, other.status().name()));
        changes.add(new Change(at + "/substatus", null, other.substatus().name()));
        if (other.statusReason() != null) {
            changes.add(new Change(at + "/statusReason", null, other.statusReason()));
        }
        return new NewEvent(
                type,
                to.organizationId(),
                to.id(),
                to.engagementId(),
                actor.caller().id(),
                actor.displayName(),
                now,
                changes);
    }
}
