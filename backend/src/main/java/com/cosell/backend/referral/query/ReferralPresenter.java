package com.cosell.backend.referral.query;

import com.cosell.api.referral.Direction;
import com.cosell.api.referral.Links;
import com.cosell.api.referral.Owner;
import com.cosell.api.referral.Referral;
import com.cosell.api.referral.RelatedParty;
import com.cosell.backend.access.Actor;
import com.cosell.backend.referral.ReferralOwnership;
import com.cosell.backend.referral.ReferralView;
import com.cosell.backend.referral.store.ReferralStore;
import com.cosell.backend.referral.store.StoredReferral;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A stored referral as one user sees it: their favourite, its owner, the eTag, Partner Center's links, the
 * newest registration's status, where the engagement's other parties stand (their names and stages,
 * nothing of their copies' content) and, for the sender, whom it invited (null when nobody).
 */
@Component
public class ReferralPresenter {

    public static final String REFERRALS = "/v1.0/engagements/referrals";

    private final ReferralStore store;
    private final Favorites favorites;
    private final ReferralOwnership ownership;

    ReferralPresenter(ReferralStore store, Favorites favorites, ReferralOwnership ownership) {
        this.store = store;
        this.favorites = favorites;
        this.ownership = ownership;
    }

    /** Partner Center's {@code relatedReferrals} link: the organization's referrals of the engagement. */
    static String relatedReferrals(@Nullable UUID engagementId) {
        return REFERRALS + "?$filter=engagementId%20eq%20" + engagementId;
    }

    public Mono<ReferralView> one(Actor actor, StoredReferral stored) {
        return page(actor, List.of(stored)).map(List::getFirst);
    }

    /** One statement each for the favourites, the other parties and the owners, however long the page. */
    Mono<List<ReferralView>> page(Actor actor, List<StoredReferral> rows) {
        if (rows.isEmpty()) {
            return Mono.just(List.of());
        }
        List<UUID> ids = rows.stream().map(r -> r.referral().id()).toList();
        Set<UUID> engagements =
                rows.stream().map(r -> r.referral().engagementId()).collect(Collectors.toSet());
        return Mono.zip(
                        favorites.among(actor.caller().id(), ids),
                        store.related(engagements, actor.organizationId()).collectMultimap(Referral::engagementId),
                        ownership.owners(actor.organizationId(), ids))
                .map(t -> rows.stream()
                        .map(r -> view(
                                r,
                                t.getT1().contains(r.referral().id()),
                                t.getT2().getOrDefault(r.referral().engagementId(), List.of()),
                                t.getT3().get(r.referral().id())))
                        .toList());
    }

    /**
     * Partner Center's {@code target}: on the copy of the organization that sent it, the organizations it
     * invited, each with what it asked of them; on an invited party's copy, nothing.
     */
    private static @Nullable List<Referral.Target> invited(Referral r, Collection<Referral> others) {
        if (r.direction() != Direction.Outgoing) {
            return null;
        }
        List<Referral.Target> targets = others.stream()
                .filter(o -> o.inviteContext() != null
                        && o.inviteContext().invitedBy() != null
                        && r.organizationId()
                                .equals(o.inviteContext().invitedBy().organizationId()))
                .map(o -> new Referral.Target(
                        Referral.Target.BUSINESS_PROFILE,
                        o.organizationId(),
                        new Referral.InviteContext(
                                o.inviteContext().notes(), o.inviteContext().assistanceRequestCode(), null)))
                .toList();
        return targets.isEmpty() ? null : targets;
    }

    /**
     * The view of {@code changed}, a new version of the referral {@code before} showed, without reading
     * it again: a change of its document moves neither its owner nor the other parties nor whom it
     * invited, so those are {@code before}'s; the document, the favourite and the eTag are new.
     */
    public ReferralView changed(ReferralView before, StoredReferral changed, boolean favorite) {
        Referral b = before.referral();
        return shown(changed, favorite, b.relatedParties(), b.target(), b.owner());
    }

    private static ReferralView view(
            StoredReferral stored, boolean favorite, Collection<Referral> others, @Nullable Owner owner) {
        List<RelatedParty> parties = others.stream()
                .map(o -> new RelatedParty(
                        o.organizationId(), o.organizationName(), o.status(), o.substatus(), o.statusReason()))
                .toList();
        return shown(stored, favorite, parties, invited(stored.referral(), others), owner);
    }

    private static ReferralView shown(
            StoredReferral stored,
            boolean favorite,
            @Nullable List<RelatedParty> parties,
            @Nullable List<Referral.Target> targets,
            @Nullable Owner owner) {
        Referral r = stored.referral();
        Links links = new Links(
                new Links.Link(REFERRALS + "/" + r.id(), "GET"),
                new Links.Link(relatedReferrals(r.engagementId()), "GET"));
        String registrationStatus =
                r.registrations() == null || r.registrations().isEmpty()
                        ? null
                        : r.registrations().getLast().status();
        Referral shown = r.toBuilder()
                .favorite(favorite)
                .owner(owner)
                .relatedParties(parties)
                .target(targets)
                .registrationStatus(registrationStatus)
                .eTag(stored.eTag())
                .links(links)
                .build();
        return new ReferralView(shown, stored.eTag());
    }
}
