package com.cosell.backend.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A subscription as the API shows it. {@code secret} is present only in the answer that created or
 * rotated it. {@code deliveredThroughSeq} is the last event delivered (or failed for good) in order;
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
        @Column("previous_secret_until") @Nullable Instant previousSecretValidUntil,
        @Transient @Nullable String secret) {

    /** A row as read: without the secret. */
    @PersistenceCreator
    static Subscription of(
            UUID id,
            String url,
            List<String> eventTypes,
            @Nullable String description,
            boolean enabled,
            @Nullable String disabledReason,
            Instant createdDateTime,
            Instant updatedDateTime,
            long deliveredThroughSeq,
            int failedAttempts,
            @Nullable Instant failingSince,
            @Nullable Instant nextAttemptDateTime,
            @Nullable Instant previousSecretValidUntil) {
        return new Subscription(
                id,
                url,
                eventTypes,
                description,
                enabled,
                disabledReason,
                createdDateTime,
                updatedDateTime,
                deliveredThroughSeq,
                failedAttempts,
                failingSince,
                nextAttemptDateTime,
                previousSecretValidUntil,
                null);
    }

    Subscription withSecret(String newSecret) {
        return new Subscription(
                id,
                url,
                eventTypes,
                description,
                enabled,
                disabledReason,
                createdDateTime,
                updatedDateTime,
                deliveredThroughSeq,
                failedAttempts,
                failingSince,
                nextAttemptDateTime,
                previousSecretValidUntil,
                newSecret);
    }
}
