package com.cosell.api.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One attempt in a subscription's delivery log. {@code kind}: EVENT (in order), REDELIVERY or TEST
 * (asked for through the API); {@code outcome}: SUCCEEDED, RETRYING (at {@code nextRetryDateTime}),
 * FAILED (an answer that is not retried; the next event follows) or GAVE_UP (the subscription was disabled).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Delivery(
        UUID id,
        @Nullable Long seq,
        String eventType,
        String kind,
        int attempt,
        Instant attemptedDateTime,
        String outcome,
        @Nullable Integer statusCode,
        int latencyMillis,
        @Nullable String responseExcerpt,
        @Nullable String error,
        @Nullable Instant nextRetryDateTime) {}
