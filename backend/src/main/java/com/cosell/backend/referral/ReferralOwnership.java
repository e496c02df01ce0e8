package com.cosell.backend.referral;

import com.cosell.api.referral.Owner;
import com.cosell.api.referral.Referral;
import com.cosell.backend.access.Actor;
import com.cosell.backend.event.NewEvent;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * Who owns a referral: set when one is created, shown on reading. The owner module implements it;
 * this module only calls it (in the creation's transaction), so ownership needs no edit of the deal.
 */
public interface ReferralOwnership {

    /** The caller's organization's new referral: owned by its creator when the creator is a person. */
    Mono<Void> created(Referral referral, Actor creator, Instant now);

    /** Another organization's new received copy, routed by its rules; emits the events to write after its creation. */
    Mono<List<NewEvent>> received(Referral copy, Actor sender, Instant now);

    /** The owners of these referrals of the organization; a referral without one is left out. */
    Mono<Map<UUID, Owner>> owners(String organizationId, Collection<UUID> referralIds);
}
