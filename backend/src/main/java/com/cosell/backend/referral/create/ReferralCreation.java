package com.cosell.backend.referral.create;

import com.cosell.api.event.EventType;
import com.cosell.api.referral.Direction;
import com.cosell.api.referral.Referral;
import com.cosell.api.referral.ReferralBuilder;
import com.cosell.api.referral.ReferralType;
import com.cosell.api.referral.Stage;
import com.cosell.api.referral.Status;
import com.cosell.api.referral.Substatus;
import com.cosell.backend.access.AccessControl;
import com.cosell.backend.access.Actor;
import com.cosell.backend.access.Permission;
import com.cosell.backend.event.EventLog;
import com.cosell.backend.identity.Caller;
import com.cosell.backend.referral.ReferralOwnership;
import com.cosell.backend.referral.query.Favorites;
import com.cosell.backend.referral.store.ReferralEvents;
import com.cosell.backend.referral.store.ReferralStore;
import com.cosell.backend.referral.validation.ReferralValidation;
import com.cosell.backend.referral.validation.ServerOwnedFields;
import com.cosell.backend.referral.validation.SolutionResolver;
import com.cosell.backend.web.ApiProblems;
import com.cosell.backend.web.ApiProblems.FieldError;
import com.cosell.backend.web.JsonInput;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Creating referrals: a partner's own deal (private, shared with the vendor as a request for help,
 * and with other partners invited), or a vendor seller's referral to partners. Each party's copy and
 * its events commit together; the invited parties' copies are {@link Invitations}'.
 */
@Component
public class ReferralCreation {

    /**
     * The stages a create may name. Partner Center's examples send New/Pending and answer with the
     * referral Active/Accepted, as Co-sell does: a new referral always starts Active/Accepted.
     */
    private static final Set<String> INITIAL =
            Set.of("null/null", "None/None", "New/Pending", "New/Received", "Active/Accepted");

    private final ReferralStore store;
    private final SolutionResolver solutions;
    private final Invitations invitations;
    private final EventLog events;
    private final Favorites favorites;
    private final ReferralOwnership ownership;
    private final AccessControl access;
    private final JsonInput input;
    private final TransactionalOperator tx;
    private final Clock clock;

    ReferralCreation(
            ReferralStore store,
            SolutionResolver solutions,
            Invitations invitations,
            EventLog events,
            Favorites favorites,
            ReferralOwnership ownership,
            AccessControl access,
            JsonInput input,
            TransactionalOperator tx,
            Clock clock) {
        this.store = store;
        this.solutions = solutions;
        this.invitations = invitations;
        this.events = events;
        this.favorites = favorites;
        this.ownership = ownership;
        this.access = access;
        this.input = input;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * With {@code target} entries it sends a referral (a partner's admins or a seller); without, a
     * partner's deal. Emits the new referral's id once committed: the caller reads it as it needs it.
     */
    public Mono<UUID> create(Caller caller, JsonNode body) {
        if (!(body instanceof ObjectNode object)) {
            return Mono.error(ApiProblems.badRequest("The body must be a referral object."));
        }
        Referral request = input.read(ServerOwnedFields.forCreate(object), Referral.class);
        boolean sends = request.target() != null && !request.target().isEmpty();
        return access.require(caller, sends ? Permission.SEND_REFERRALS : Permission.PARTNER_WORK)
                .flatMap(actor -> actor.isVendor() ? sendToPartners(actor, request) : createDeal(actor, request));
    }

    /**
     * A partner's own deal: starts Accepted. The partners it names in {@code target} are invited; a
     * Shared deal (or one naming the vendor) also reaches the vendor as a request for help.
     */
    private Mono<UUID> createDeal(Actor actor, Referral request) {
        Instant now = clock.instant();
        List<FieldError> errors = new ArrayList<>(ReferralValidation.partnerDeal(request, now, true));
        errors.addAll(initialStage(request));
        if (!errors.isEmpty()) {
            return Mono.error(ApiProblems.invalid(errors));
        }
        List<Referral.Target> targets = request.target() == null ? List.of() : request.target();
        return invitations
                .resolve(actor, targets, request.inviteContext(), true)
                .flatMap(named -> {
                    Invitations.Invitee vendor = named.stream()
                            .filter(Invitations.Invitee::vendor)
                            .findFirst()
                            .orElse(null);
                    ReferralType type = vendor != null
                            ? ReferralType.Shared
                            : request.type() == null ? ReferralType.Independent : request.type();
                    Referral.InviteContext vendorAsked = vendor != null ? vendor.invite() : request.inviteContext();
                    if (type == ReferralType.Shared) {
                        List<FieldError> sharing = ReferralValidation.sharing(
                                request.toBuilder().inviteContext(vendorAsked).build());
                        if (!sharing.isEmpty()) {
                            return Mono.error(ApiProblems.invalid(sharing));
                        }
                    }
                    return solutions.resolve(actor, request.details()).flatMap(resolved -> {
                        Referral deal = started(request, actor, now)
                                .type(type)
                                .details(resolved.orElse(null))
                                .inviteContext(type == ReferralType.Shared ? vendorAsked : null)
                                .build();
                        List<Invitations.Invitee> partners =
                                named.stream().filter(i -> !i.vendor()).toList();
                        Mono<Void> work = store.insert(deal)
                                .then(ownership.created(deal, actor, now))
                                .then(events.append(
                                        ReferralEvents.of(EventType.REFERRAL_CREATED, deal, actor, now, List.of())))
                                .then(
                                        type == ReferralType.Shared
                                                ? invitations.shareWithVendor(deal, actor, now)
                                                : Mono.empty())
                                .then(invitations.invite(actor, deal, partners, now))
                                .then(
                                        Boolean.TRUE.equals(request.favorite())
                                                ? favorites.set(actor.caller().id(), deal.id(), true)
                                                : Mono.empty());
                        return tx.transactional(work).thenReturn(deal.id());
                    });
                });
    }

    /** A vendor seller's referral to partners: the seller keeps an Accepted copy, each partner gets a Received one. */
    private Mono<UUID> sendToPartners(Actor actor, Referral request) {
        Instant now = clock.instant();
        List<FieldError> errors = new ArrayList<>(ReferralValidation.sellerReferral(request));
        errors.addAll(initialStage(request));
        if (!errors.isEmpty()) {
            return Mono.error(ApiProblems.invalid(errors));
        }
        return invitations
                .resolve(actor, request.target(), request.inviteContext(), false)
                .flatMap(partners -> solutions.resolve(actor, request.details()).flatMap(resolved -> {
                    Referral sent = started(request, actor, now)
                            .type(ReferralType.Shared)
                            .details(resolved.orElse(null))
                            .build();
                    Mono<Void> work = store.insert(sent)
                            .then(ownership.created(sent, actor, now))
                            .then(events.append(
                                    ReferralEvents.of(EventType.REFERRAL_CREATED, sent, actor, now, List.of())))
                            .then(invitations.invite(actor, sent, partners, now));
                    return tx.transactional(work).thenReturn(sent.id());
                }));
    }

    /** What every new referral of the caller's organization starts from: the request, owned and dated here. */
    private static ReferralBuilder started(Referral request, Actor actor, Instant now) {
        return request.toBuilder()
                .id(UUID.randomUUID())
                .engagementId(UUID.randomUUID())
                .organizationId(actor.organizationId())
                .organizationName(actor.organization().name())
                .createdDateTime(now)
                .updatedDateTime(now)
                .expirationDateTime(null)
                .acceptedDateTime(now)
                .closedDateTime(null)
                .status(Stage.ACCEPTED.status())
                .substatus(Stage.ACCEPTED.substatus())
                .statusReason(null)
                .direction(Direction.Outgoing)
                .favorite(null)
                .target(null)
                .registrations(null)
                .registrationStatus(null)
                .relatedParties(null)
                .eTag(null)
                .links(null);
    }

    private static List<FieldError> initialStage(Referral request) {
        Status status = request.status();
        Substatus substatus = request.substatus();
        return INITIAL.contains(status + "/" + substatus)
                ? List.of()
                : List.of(new FieldError(
                        "status",
                        "A new referral starts as " + Stage.ACCEPTED
                                + " (New/Pending and New/Received are taken as that), not " + status + "/" + substatus
                                + "."));
    }
}
