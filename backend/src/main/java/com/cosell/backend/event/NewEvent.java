package com.cosell.backend.event;

import com.cosell.api.event.Change;
import com.cosell.api.event.EventType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An event about to be written, in the same transaction as the change it records. */
public record NewEvent(
        EventType type,
        String organizationId,
        @Nullable UUID referralId,
        @Nullable UUID engagementId,
        @Nullable String actorId,
        @Nullable String actorName,
        Instant at,
        List<Change> changes) {}
