package com.cosell.backend.stream;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One committed event row, as read for delivery. {@code message} is the event as every subscriber
 * receives it (JSON text), rendered once when read rather than once per subscriber.
 */
record StreamEvent(
        long seq,
        long tx,
        String type,
        String organizationId,
        @Nullable UUID referralId,
        @Nullable UUID engagementId,
        Instant at,
        @Nullable String actorId,
        @Nullable String actorName,
        String message)
        implements Delivery {

    public Cursor cursor() {
        return new Cursor(tx, seq);
    }
}
