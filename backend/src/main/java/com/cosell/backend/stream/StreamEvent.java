package com.cosell.backend.stream;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** One committed event row, as read for delivery. */
public record StreamEvent(long seq, long tx, String type, String organizationId, @Nullable UUID referralId,
                          @Nullable UUID engagementId, Instant at, @Nullable String actorId,
                          @Nullable String actorName, JsonNode changes) implements Delivery {

    public Cursor cursor() {
        return new Cursor(tx, seq);
    }
}
