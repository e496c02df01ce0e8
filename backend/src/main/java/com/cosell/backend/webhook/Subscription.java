package com.cosell.backend.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A subscription as the API shows it (the secret only in the answer that created or rotated it:
 * {@link WithSecret}). {@code deliveredThroughSeq} is the last event delivered (or failed for good) in order;
 * {@code failedAttempts}, {@code failingSince} and {@code nextAttemptDateTime} describe the event after it.
 * Read from a {@code webhook_subscription} row, never with its secret.
 */
@Table("webhook_subscription")
@JsonInclude(JsonInclude.Include.NON_NULL)
record Subscription(
        @Id UUID id,
        String url,
        List<String> eventTypes,
        @Nullable String description,
        boolean enabled,
        @Nullable String disabledReason,
        @Column("created_at") Instant createdDateTime,
        @Column("updated_at") Instant updatedDateTime,
        @Column("cursor_seq") long deliveredThroughSeq,
        @Column("attempts") int failedAttempts,
        @Nullable Instant failingSince,
        @Column("next_attempt_at") @Nullable Instant nextAttemptDateTime,
        @Column("previous_secret_until") @Nullable Instant previousSecretValidUntil) {

    /** The answer that created or rotated a subscription: the only one that shows its secret. */
    record WithSecret(@JsonUnwrapped Subscription subscription, String secret) {}
}
