package com.cosell.backend.event;

import com.cosell.api.event.Change;
import com.cosell.api.event.EventType;
import com.cosell.api.referral.Direction;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An event about to be written, in the same transaction as the change it records. {@code direction} is
 * the referral's, where the writer had it at hand (it is not stored): the consequences need no
 * statement to know it.
 */
public record NewEvent(
        EventType type,
        String organizationId,
        @Nullable UUID referralId,
        @Nullable UUID engagementId,
        @Nullable String actorId,
        @Nullable String actorName,
        Instant at,
        List<Change> changes,
        @Nullable Direction direction) {

    /** An event whose writer does not say the referral's direction. */
    public NewEvent(
            EventType type,
            String organizationId,
            @Nullable UUID referralId,
            @Nullable UUID engagementId,
            @Nullable String actorId,
            @Nullable String actorName,
            Instant at,
            List<Change> changes) {
        this(type, organizationId, referralId, engagementId, actorId, actorName, at, changes, null);
    }
}
