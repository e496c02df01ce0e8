package com.cosell.backend.webhook.delivery;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A subscription leased to this worker: {@code token} fences every write, so a worker whose lease
 * ran out (and was taken over) changes nothing; the cursor fences too, so a replay wins over a
 * worker still sending from the old position.
 */
record Claim(
        UUID id,
        UUID token,
        String organizationId,
        String url,
        String secret,
        @Nullable String previousSecret,
        @Nullable Instant previousSecretUntil,
        String cursorTx,
        long cursorSeq,
        int attempts,
        @Nullable Instant failingSince,
        Instant nextAttemptAt,
        Instant leaseUntil) {

    Claim advancedTo(LoggedEvent event) {
        return new Claim(
                id,
                token,
                organizationId,
                url,
                secret,
                previousSecret,
                previousSecretUntil,
                event.txid(),
                event.seq(),
                0,
                null,
                nextAttemptAt,
                leaseUntil);
    }

    /** The rotated-out secret while its grace period runs. */
    @Nullable
    String previousSecretAt(Instant now) {
        return previousSecretUntil != null && now.isBefore(previousSecretUntil) ? previousSecret : null;
    }
}
