package com.cosell.frontend.backend;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One notification of {@code GET /v1.0/notifications}. */
public record Notification(
        String id,
        String kind,
        @Nullable String referralId,
        @Nullable String referralName,
        @Nullable String otherOrganization,
        @Nullable String reason,
        Instant createdAt,
        boolean read) {}
