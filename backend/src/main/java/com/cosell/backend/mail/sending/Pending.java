package com.cosell.backend.mail.sending;

import com.cosell.backend.notification.NotificationKind;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One claimed outbox row with what its mail says: the notification, and the person as they are now
 * (a person who has since unsubscribed or muted the kind is not mailed).
 */
record Pending(
        UUID id,
        UUID lease,
        boolean digest,
        int attempts,
        Instant queuedAt,
        String personId,
        @Nullable String email,
        @Nullable String name,
        String language,
        String delivery,
        Set<String> mutedKinds,
        UUID unsubscribeToken,
        NotificationKind kind,
        @Nullable UUID referralId,
        @Nullable String referralName,
        @Nullable String otherOrganization,
        @Nullable String reason,
        Instant at) {

    boolean stillWanted() {
        return email != null && !"NONE".equals(delivery) && !mutedKinds.contains(kind.name());
    }
}
