package com.cosell.backend.owner;

import com.cosell.api.event.Change;
import com.cosell.api.event.EventType;
import com.cosell.api.referral.Owner;
import com.cosell.api.referral.Referral;
import com.cosell.backend.access.Actor;
import com.cosell.backend.event.NewEvent;
import com.cosell.backend.notification.NotificationAudience;
import com.cosell.backend.organization.Organization;
import com.cosell.backend.organization.OrganizationRepository;
import com.cosell.backend.referral.ReferralOwnership;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Ownership as the referral and notification modules see it, in their transactions: a person's new
 * referral is theirs; a received one goes where the receiving organization's routing rules say
 * (nobody's when none matches, or the person whose turn it is may no longer own it).
 */
@Component
class Ownership implements ReferralOwnership, NotificationAudience {

    private final OwnerStore owners;
    private final RoutingStore routing;
    private final People people;
    private final OrganizationRepository organizations;

    Ownership(OwnerStore owners, RoutingStore routing, People people, OrganizationRepository organizations) {
        this.owners = owners;
        this.routing = routing;
        this.people = people;
        this.organizations = organizations;
    }

    @Override
    public Mono<Void> created(Referral referral, Actor creator, Instant now) {
        if (creator.caller().application()) {
            return Mono.empty(); // an integration is nobody to own a deal
        }
        // The creator may read what they create (creating needs more), so only their person row is checked.
        return owners.setCreator(
                creator.organizationId(), referral.id(), creator.caller().id(), now);
    }

    @Override
    public Mono<List<NewEvent>> received(Referral copy, Actor sender, Instant now) {
        String country =
                copy.customerProfile() == null || copy.customerProfile().address() == null
                        ? null
                        : copy.customerProfile().address().country();
        List<UUID> solutions = copy.solutions().stream()
                .map(Referral.SolutionRef::id)
                .filter(Objects::nonNull)
                .toList();
        return routing.nextTurn(copy.organizationId(), country, solutions)
                .flatMap(turn -> turn.isEmpty()
                        ? Mono.just(List.<NewEvent>of())
                        : organizations
                                .findById(copy.organizationId())
                                .flatMap(org -> nextPresent(org, turn.get().inTurn()))
                                .flatMap(owner -> owners.set(copy.organizationId(), copy.id(), owner, now)
                                        .thenReturn(List.of(
                                                routed(copy, owner, turn.get().rule(), now))))
                                .defaultIfEmpty(List.of()));
    }

    /**
     * The first of the rule's owners, from the one whose turn it is, who may still own the
     * organization's referrals: one who has left or lost the role is skipped, not given the deal.
     */
    private Mono<Owner> nextPresent(Organization org, List<String> inTurn) {
        return people.among(org, inTurn)
                .collectMap(Owner::id)
                .flatMap(present -> Mono.justOrEmpty(inTurn.stream()
                        .filter(present::containsKey)
                        .map(present::get)
                        .findFirst()));
    }

    @Override
    public Mono<Map<UUID, Owner>> owners(String organizationId, Collection<UUID> referralIds) {
        return owners.owners(organizationId, referralIds);
    }

    @Override
    public Mono<Map<UUID, String>> owners(Collection<UUID> referralIds) {
        return owners.ownerIds(referralIds);
    }

    /** The history's line for a routed referral: no person did it, the rule did. */
    private static NewEvent routed(Referral copy, Owner owner, UUID rule, Instant now) {
        Map<String, Object> to = new LinkedHashMap<>();
        to.put("id", owner.id());
        to.put("name", owner.name());
        to.put("routingRule", rule.toString());
        return new NewEvent(
                EventType.REFERRAL_UPDATED,
                copy.organizationId(),
                copy.id(),
                copy.engagementId(),
                null,
                null,
                now,
                List.of(new Change(OwnerChanges.PATH, null, to)));
    }
}
