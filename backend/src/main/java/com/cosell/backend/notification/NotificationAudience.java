package com.cosell.backend.notification;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * Who owns the referrals notifications are about, read in the notification's transaction: a
 * notification about an owned referral is for its owner and the organization's admins. The owner
 * module implements it (this module is below it).
 */
public interface NotificationAudience {

    /** The owner's person id of each of these referrals that has one. */
    Mono<Map<UUID, String>> owners(Collection<UUID> referralIds);
}
