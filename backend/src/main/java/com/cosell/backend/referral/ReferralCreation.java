package com.cosell.backend.referral;

import com.cosell.backend.access.AccessControl;
import com.cosell.backend.access.Actor;
import com.cosell.backend.access.Permission;
import com.cosell.backend.event.EventLog;
import com.cosell.backend.event.EventType;
import com.cosell.backend.identity.Caller;
import com.cosell.backend.organization.Organization;
import com.cosell.backend.organization.OrganizationRepository;
import com.cosell.backend.referral.domain.Direction;
import com.cosell.backend.referral.domain.ReferralType;
import com.cosell.backend.referral.domain.Stage;
import com.cosell.backend.referral.domain.Status;
import com.cosell.backend.referral.domain.Substatus;
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
 * Creating referrals: a partner's own deal (private, or shared with the vendor as a request for
 * help), or a vendor seller's referral to a partner. Each party's copy and its events commit together.
 */
@Component
class ReferralCreation {

    /**
     * The stages a create may name. Partner Center's examples send New/Pending and answer with the
     * referral Active/Accepted, as Co-sell does: a new referral always starts Active/Accepted.
     */
    private static final Set<String> INITIAL = Set.of("null/null", "None/None", "New/Pending", "New/Received",
            "Active/Accepted");
    /** Target types naming an organization; Partner Center's is a business profile location. */
    private static final Set<String> ORGANIZATION_TARGETS = Set.of(Referral.Target.ORGANIZATION,
            "BusinessProfileLocation");

    private final ReferralStore store;
    private final ReferralQueries queries;
    private final ReferralPresenter presenter;
    private final SolutionResolver solutions;
    private final OrganizationRepository organizations;
    private final EventLog events;
    private final Favorites favorites;
    private final AccessControl access;
    private final JsonInput input;
    private final TransactionalOperator tx;
    private final Clock clock;
    private final ReferralProperties properties;

    ReferralCreation(ReferralStore store, ReferralQueries queries, ReferralPresenter presenter,
                     SolutionResolver solutions, OrganizationRepository organizations, EventLog events,
                     Favorites favorites, AccessControl access, JsonInput input, TransactionalOperator tx, Clock clock,
                     ReferralProperties properties) {
        this.store = store;
        this.queries = queries;
        this.presenter = presenter;
        this.solutions = solutions;
        this.organizations = organizations;
        this.events = events;
        this.favorites = favorites;
        this.access = access;
        this.input = input;
        this.tx = tx;
        this.clock = clock;
        this.properties = properties;
    }

    Mono<ReferralView> create(Caller caller, JsonNode body) {
        if (!(body instanceof ObjectNode object)) {
            return Mono.error(ApiProblems.badRequest("The body must be a referral object."));
        }
        Referral request = input.read(ServerOwnedFields.forCreate(object), Referral.class);
        boolean toPartner = request.target() != null && !request.target().isEmpty();
        return access.require(caller, toPartner ? Permission.SELLER_WORK : Permission.PARTNER_WORK)
                .flatMap(actor -> toPartner ? sendToPartner(actor, request) : createDeal(actor, request));
    }

    /** A partner's own deal: starts Accepted; Shared ones also reach the vendor as a request for help. */
    private Mono<ReferralView> createDeal(Actor actor, Referral request) {
        Instant now = clock.instant();
        ReferralType type = request.type() == null ? ReferralType.Independent : request.type();
        List<FieldError> errors = new ArrayList<>(ReferralValidation.partnerDeal(request, now, true));
        if (type == ReferralType.Shared) {
            errors.addAll(ReferralValidation.sharing(request));
        }
        errors.addAll(initialStage(request));
        if (!errors.isEmpty()) {
            return Mono.error(ApiProblems.invalid(errors));
        }
        return solutions.resolve(actor, request.details()).flatMap(resolved -> {
            Referral deal = started(request, actor, now).type(type).target(null).details(resolved.orElse(null))
                    .inviteContext(type == ReferralType.Shared ? request.inviteContext() : null).build();
            Mono<Void> work = store.insert(deal)
                    .then(events.append(ReferralEvents.of(EventType.REFERRAL_CREATED, deal, actor, now, List.of())))
                    .then(type == ReferralType.Shared ? shareWithVendor(deal, actor, now) : Mono.empty())
                    .then(Boolean.TRUE.equals(request.favorite())
                            ? favorites.set(actor.caller().id(), deal.id(), true) : Mono.empty());
            return tx.transactional(work).then(reread(actor, deal.id()));
        });
    }

    /** A vendor seller's referral to a partner: the seller keeps an Accepted copy, the partner gets a Received one. */
    private Mono<ReferralView> sendToPartner(Actor actor, Referral request) {
        Instant now = clock.instant();
        List<FieldError> errors = new ArrayList<>(ReferralValidation.sellerReferral(request));
        errors.addAll(initialStage(request));
        Referral.Target target = request.target().getFirst();
        if (errors.isEmpty() && !ORGANIZATION_TARGETS.contains(target.type() == null ? Referral.Target.ORGANIZATION
                : target.type())) {
            errors.add(new FieldError("target/0/type", "'" + target.type() + "' is not a target Co-sell knows; "
                    + "name the partner organisation with type BusinessProfileLocation or Organization."));
        }
        if (!errors.isEmpty()) {
            return Mono.error(ApiProblems.invalid(errors));
        }
        String targetId = target.id();
        return organizations.findById(targetId)
                .filter(o -> o.kind() == Organization.Kind.PARTNER)
                .switchIfEmpty(Mono.error(() -> ApiProblems.invalid(List.of(new FieldError("target/0/id",
                        "'" + targetId + "' is not a partner organisation.")))))
                .flatMap(partner -> solutions.resolve(actor, request.details()).flatMap(resolved -> {
                    Referral sent = started(request, actor, now).type(ReferralType.Shared)
                            .target(List.of(new Referral.Target("BusinessProfileLocation", partner.id())))
                            .details(resolved.orElse(null)).build();
                    Referral received = ReferralCopies.incomingFor(sent, partner, actor.organization(), now,
                            now.plus(properties.expiry()));
                    Mono<Void> work = store.insert(sent)
                            .then(events.append(ReferralEvents.of(EventType.REFERRAL_CREATED, sent, actor, now,
                                    List.of())))
                            .then(store.insert(received))
                            .then(events.append(ReferralEvents.of(EventType.REFERRAL_CREATED, received, actor, now,
                                    List.of())))
                            .then(events.append(ReferralEvents.related(EventType.RELATED_REFERRAL_CREATED, sent,
                                    received, actor, now)))
                            .then();
                    return tx.transactional(work).then(reread(actor, sent.id()));
                }));
    }

    /** What every new referral of the caller's organization starts from: the request, owned and dated here. */
    private static ReferralBuilder started(Referral request, Actor actor, Instant now) {
        return request.toBuilder().id(UUID.randomUUID()).engagementId(UUID.randomUUID())
                .organizationId(actor.organizationId()).organizationName(actor.organization().name())
                .createdDateTime(now).updatedDateTime(now).expirationDateTime(null).acceptedDateTime(now)
                .closedDateTime(null).status(Stage.ACCEPTED.status()).substatus(Stage.ACCEPTED.substatus())
                .statusReason(null).direction(Direction.Outgoing).favorite(null).registrations(null)
                .registrationStatus(null).relatedParties(null).eTag(null).links(null);
    }

    private static List<FieldError> initialStage(Referral request) {
        Status status = request.status();
        Substatus substatus = request.substatus();
        return INITIAL.contains(status + "/" + substatus) ? List.of() : List.of(new FieldError("status",
                "A new referral starts as " + Stage.ACCEPTED + " (New/Pending and New/Received are taken as that), not "
                        + status + "/" + substatus + "."));
    }

    Mono<Void> shareWithVendor(Referral deal, Actor actor, Instant now) {
        return organizations.vendor().flatMap(vendor -> {
            Referral request = ReferralCopies.incomingFor(deal, vendor, actor.organization(), now,
                    now.plus(properties.expiry()));
            return store.insert(request)
                    .then(events.append(ReferralEvents.of(EventType.REFERRAL_CREATED, request, actor, now, List.of())))
                    .then(events.append(ReferralEvents.related(EventType.RELATED_REFERRAL_CREATED, deal, request,
                            actor, now)))
                    .then();
        });
    }

    private Mono<ReferralView> reread(Actor actor, UUID id) {
        return queries.find(actor, id).flatMap(s -> presenter.one(actor, s));
    }
}
