package com.cosell.frontend.events;

import com.cosell.api.event.EventType;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened to a referral the user can see, as the backend's event stream says it
 * (one message of {@code /v1.0/engagements/events}, heartbeats left out).
 */
public record ReferralChange(
        long seq,
        EventType type,
        String referralId,
        @Nullable String engagementId,
        Instant at,
        @Nullable String actorName,
        List<FieldChange> changes,
        @Nullable String actorId)
        implements LiveMessage {

    /** A change whose actor is known by name only. */
    public ReferralChange(
            long seq,
            EventType type,
            String referralId,
            @Nullable String engagementId,
            Instant at,
            @Nullable String actorName,
            List<FieldChange> changes) {
        this(seq, type, referralId, engagementId, at, actorName, changes, null);
    }

    /** Whether {@code userId} made this change (the user needs no news of their own action). */
    public boolean madeBy(@Nullable String userId) {
        return actorId != null && actorId.equals(userId);
    }

    public record FieldChange(
            String path, @Nullable Object from, @Nullable Object to) {}

    public boolean isCreated() {
        return type == EventType.REFERRAL_CREATED;
    }

    /** The new value of a field when this change set it, e.g. {@code /substatus}. */
    public @Nullable Object changedTo(String path) {
        return changes.stream()
                .filter(c -> c.path().equals(path))
                .map(FieldChange::to)
                .findFirst()
                .orElse(null);
    }

    /**
     * For a related-referral event, the other party whose referral changed and its new substatus
     * (the backend writes them as {@code /relatedReferrals/<organization>/substatus}), if it moved.
     */
    public java.util.Optional<FieldChange> relatedSubstatus() {
        return changes.stream()
                .filter(c ->
                        c.path().startsWith("/relatedReferrals/") && c.path().endsWith("/substatus"))
                .findFirst();
    }

    /** The organization named in a {@code /relatedReferrals/<organization>/…} path. */
    public static String relatedOrganization(FieldChange change) {
        return change.path().split("/")[2];
    }
}
