package com.cosell.backend.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Told of notifications just written, inside the transaction that wrote them, so that what it
 * writes in turn (mail to send) commits or rolls back with them.
 */
public interface NotificationListener {

    /**
     * A notification as stored; {@code recipientId} when it is for one person only, {@code ownerId}
     * when its referral has an owner.
     */
    record Written(
            UUID id,
            String organizationId,
            NotificationKind kind,
            @Nullable UUID referralId,
            Instant at,
            @Nullable String recipientId,
            @Nullable String ownerId) {}

    Mono<Void> written(List<Written> notifications);
}
