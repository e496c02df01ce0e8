package com.cosell.frontend.backend;

import com.cosell.api.event.EventType;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A webhook subscription as {@code /v1.0/webhooks} answers; {@code secret} only when just created or rotated. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Webhook(
        String id,
        String url,
        List<String> eventTypes,
        @Nullable String description,
        boolean enabled,
        @Nullable String disabledReason,
        Instant createdDateTime,
        long deliveredThroughSeq,
        int failedAttempts,
        @Nullable Instant failingSince,
        @Nullable Instant nextAttemptDateTime,
        @Nullable String secret) {

    /** The event types a subscription can ask for, as Partner Center names them (plus notifications). */
    public static final List<String> EVENT_TYPES =
            Arrays.stream(EventType.values()).map(EventType::wireName).toList();

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Page<T>(List<T> value) {}
}
