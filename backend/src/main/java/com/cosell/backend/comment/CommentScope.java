package com.cosell.backend.comment;

import com.cosell.backend.access.Actor;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Where a caller comments: its organization's referral, and the engagement's parties — every
 * organization holding a referral of it, so whoever joins the engagement reads its parties channel.
 */
record CommentScope(Actor actor, UUID referralId, UUID engagementId, String referralName, List<Party> parties) {

    /** Whether the engagement has a party besides the caller's organization (a private deal has none). */
    boolean shared() {
        return parties.stream().anyMatch(p -> !p.organizationId().equals(actor.organizationId()));
    }

    List<String> channels() {
        return shared()
                ? List.of(Channel.INTERNAL.wireName(), Channel.PARTIES.wireName())
                : List.of(Channel.INTERNAL.wireName());
    }

    /** The referrals whose organizations read the channel: the caller's own, or every party's. */
    List<Party> readers(Channel channel) {
        if (channel == Channel.PARTIES) {
            return parties;
        }
        return List.of(parties.stream()
                .filter(p -> p.referralId().equals(referralId))
                .findFirst()
                .orElseGet(() -> new Party(
                        referralId, actor.organizationId(), actor.organization().name(), referralName)));
    }

    Set<String> organizations(Channel channel) {
        Set<String> orgs = new LinkedHashSet<>();
        readers(channel).forEach(p -> orgs.add(p.organizationId()));
        return orgs;
    }
}
