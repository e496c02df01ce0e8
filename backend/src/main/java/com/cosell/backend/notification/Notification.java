package com.cosell.backend.notification;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Column;

/**
 * One notification as the API shows it; {@code read} is the calling user's state. Read from a
 * {@code notification} row joined with the user's read state (a {@code read} column).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Notification(
        UUID id,
        NotificationKind kind,
        @Nullable UUID referralId,
        @Nullable String referralName,
        @Column("other_organization") @Nullable String otherOrganization,
        @Nullable String reason,
        Instant createdAt,
        boolean read) {

    /** The payload pushed on the event stream (a new notification is unread for everyone). */
    Map<String, Object> asChange() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id.toString());
        m.put("kind", kind.name());
        if (referralId != null) {
            m.put("referralId", referralId.toString());
        }
        if (referralName != null) {
            m.put("referralName", referralName);
        }
        if (otherOrganization != null) {
            m.put("otherOrganization", otherOrganization);
        }
        if (reason != null) {
            m.put("reason", reason);
        }
        m.put("createdAt", createdAt.toString());
        m.put("read", false);
        return m;
    }
}
