package com.cosell.backend.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A subscription as the API shows it. {@code secret} is present only in the answer that created or
 * rotated it. {@code deliveredThroughSeq} is the last event delivered (or failed for good) in order;
 * {@code failedAttempts}, {@code failingSince} and {@code nextAttemptDateTime} describe the event after it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Subscription(UUID id, String url, List<String> eventTypes, @Nullable String description, boolean enabled,
                    @Nullable String disabledReason, Instant createdDateTime, Instant updatedDateTime,
                    long deliveredThroughSeq, int failedAttempts, @Nullable Instant failingSince,
                    @Nullable Instant nextAttemptDateTime, @Nullable Instant previousSecretValidUntil,
                    @Nullable String secret) {

    Subscription withSecret(String newSecret) {
        return new Subscription(id, url, eventTypes, description, enabled, disabledReason, createdDateTime,
                updatedDateTime, deliveredThroughSeq, failedAttempts, failingSince, nextAttemptDateTime,
                previousSecretValidUntil, newSecret);
    }
}
