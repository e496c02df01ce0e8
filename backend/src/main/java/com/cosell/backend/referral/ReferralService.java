package com.cosell.backend.referral;

import com.cosell.backend.access.AccessControl;
import com.cosell.backend.access.Actor;
import com.cosell.backend.access.Permission;
import com.cosell.backend.catalogue.Solution;
import com.cosell.backend.catalogue.SolutionCatalogue;
import com.cosell.backend.event.Change;
import com.cosell.backend.event.EventLog;
import com.cosell.backend.event.EventType;
import com.cosell.backend.event.NewEvent;
import com.cosell.backend.identity.Caller;
import com.cosell.backend.organisation.Organisation;
import com.cosell.backend.organisation.OrganisationRepository;
import com.cosell.backend.referral.domain.Decision;
import com.cosell.backend.referral.domain.Direction;
import com.cosell.backend.referral.domain.Lifecycle;
import com.cosell.backend.referral.domain.ReferralType;
import com.cosell.backend.referral.domain.Stage;
import com.cosell.backend.referral.domain.Transition;
import com.cosell.backend.web.ApiProblems;
import com.cosell.backend.web.ApiProblems.FieldError;
import com.cosell.backend.web.JsonInput;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Creating, reading and changing referrals. Every change and its events commit in one transaction;
 * concurrent changes are serialised by the row version (the eTag).
 */
@Service
public class ReferralService {

    /** Set by the server; a request may repeat them unchanged but never change them. */
    static final Set<String> SERVER_MANAGED = Set.of("id", "engagementId", "organizationId", "organizationName",
            "createdDateTime", "updatedDateTime", "expirationDateTime", "acceptedDateTime", "closedDateTime",
            "direction", "target", "registrations");
    /** Per-user or derived on reading: never stored in the document. */
    static final Set<String> PRESENTATION = Set.of("favorite", "eTag", "links");

    private final ReferralStore store;
    private final ReferralReadModel readModel;
    private final Favorites favorites;
    private final SolutionCatalogue solutions;
    private final OrganisationRepository organisations;
    private final EventLog events;
    private final AccessControl access;
    private final JsonInput input;
    private final TransactionalOperator tx;
    private final Clock clock;
    private final ReferralProperties properties;

    ReferralService(ReferralStore store, ReferralReadModel readModel, Favorites favorites, SolutionCatalogue solutions,
                    OrganisationRepository organisations, EventLog events, AccessControl access, JsonInput input,
                    TransactionalOperator tx, Clock clock, ReferralProperties properties) {
        this.store = store;
        this.readModel = readModel;
        this.favorites = favorites;
        this.solutions = solutions;
        this.organisations = organisations;
        this.events = events;
        this.access = access;
        this.input = input;
        this.tx = tx;
        this.clock = clock;
        this.properties = properties;
    }

    // ---- reading ----------------------------------------------------------------------------

    public Mono<ReferralView> get(Caller caller, UUID id) {
        return access.require(caller, Permission.READ).flatMap(actor -> find(actor, id)
                .flatMap(stored -> present(actor, stored, true)));
    }

    public Mono<ReferralPage> list(Caller caller, ReferralQuery query) {
        return access.require(caller, Permission.READ).flatMap(actor -> {
            Map<String, Object> callerParam = Map.of(ReferralFields.CALLER_PARAMETER, actor.caller().id());
            Mono<List<ReferralView>> page = store.list(actor.organisationId(), query.filter(), query.orderBy(),
                            query.top() + 1, query.skip(), callerParam)
                    .collectList()
                    .flatMap(rows -> favorites.among(actor.caller().id(),
                                    rows.stream().map(r -> r.referral().id()).toList())
                            .map(favs -> rows.stream().map(r -> view(r, favs.contains(r.referral().id()), null))
                                    .toList()));
            Mono<Long> count = query.count()
                    ? store.count(actor.organisationId(), query.filter(), query.tallyFilter(), callerParam)
                    : Mono.just(-1L);
            return Mono.zip(page, count).map(t -> ReferralPage.of(t.getT1(), query, t.getT2()));
        });
    }

    public Flux<HistoryEntry> history(Caller caller, UUID id) {
        return access.require(caller, Permission.READ).flatMapMany(actor -> find(actor, id)
                .thenMany(readModel.history(actor.organisationId(), id)));
    }

    public Flux<Referral.Member> recentContacts(Caller caller) {
        return access.require(caller, Permission.READ)
                .flatMapMany(actor -> readModel.recentContacts(actor.organisationId(), 20));
    }

    private Mono<StoredReferral> find(Actor actor, UUID id) {
        return store.find(actor.organisationId(), id).switchIfEmpty(Mono.error(() -> ApiProblems.notFound(
                "Referral " + id)));
    }

    private Mono<ReferralView> present(Actor actor, StoredReferral stored, boolean withRelated) {
        Referral r = stored.referral();
        Mono<Boolean> favorite = favorites.among(actor.caller().id(), List.of(r.id())).map(f -> !f.isEmpty());
        Mono<List<Referral.RelatedReferral>> related = withRelated
                ? store.related(r.engagementId(), actor.organisationId())
                        .map(o -> new Referral.RelatedReferral(o.organizationId(), o.organizationName(), o.status(),
                                o.substatus())).collectList()
                : Mono.just(List.of());
        return Mono.zip(favorite, related).map(t -> view(stored, t.getT1(), t.getT2()));
    }

    private ReferralView view(StoredReferral stored, boolean favorite, @Nullable List<Referral.RelatedReferral> related) {
        Referral r = stored.referral();
        Referral.Links links = new Referral.Links(new Referral.Link("/v1.0/engagements/referrals/" + r.id(), "GET"),
                related);
        return new ReferralView(new Referral(r.id(), r.engagementId(), r.organizationId(), r.organizationName(),
                r.name(), r.externalReferenceId(), r.campaignId(), r.createdDateTime(), r.updatedDateTime(),
                r.expirationDateTime(), r.acceptedDateTime(), r.closedDateTime(), r.status(), r.substatus(),
                r.statusReason(), r.type(), r.qualification(), r.direction(), r.salesStage(), favorite,
                r.customerProfile(), r.consent(), r.details(), r.team(), r.inviteContext(), r.target(),
                r.registrations(), stored.eTag(), links), stored.eTag());
    }

    // ---- creating ---------------------------------------------------------------------------

    public Mono<ReferralView> create(Caller caller, JsonNode body) {
        if (!(body instanceof ObjectNode object)) {
            return Mono.error(ApiProblems.badRequest("The body must be a referral object."));
        }
        List<FieldError> managed = SERVER_MANAGED.stream().filter(f -> !"target".equals(f))
                .filter(f -> object.hasNonNull(f)).sorted()
                .map(f -> new FieldError(f, "Set by the server; leave it out.")).toList();
        if (!managed.isEmpty()) {
            return Mono.error(ApiProblems.invalid(managed));
        }
        Referral request = input.read(object, Referral.class);
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
        errors.addAll(initialStage(request, Stage.ACCEPTED));
        if (!errors.isEmpty()) {
            return Mono.error(ApiProblems.invalid(errors));
        }
        return resolveSolutions(actor, request.details()).flatMap(resolved -> {
            Referral.Details details = resolved.orElse(null);
            Referral deal = new Referral(UUID.randomUUID(), UUID.randomUUID(), actor.organisationId(),
                    actor.organisation().name(), request.name(), request.externalReferenceId(), request.campaignId(),
                    now, now, null, now, null, Stage.ACCEPTED.status(), Stage.ACCEPTED.substatus(), null, type,
                    request.qualification(), Direction.Outgoing, request.salesStage(), null,
                    request.customerProfile(), request.consent(), details, request.team(),
                    type == ReferralType.Shared ? request.inviteContext() : null, null, null, null, null);
            Mono<Void> work = store.insert(deal)
                    .then(events.append(event(EventType.REFERRAL_CREATED, deal, actor, now, List.of())))
                    .then(type == ReferralType.Shared ? shareWithVendor(deal, actor, now) : Mono.empty())
                    .then(Boolean.TRUE.equals(request.favorite())
                            ? favorites.set(actor.caller().id(), deal.id(), true) : Mono.empty());
            return tx.transactional(work).then(find(actor, deal.id())).flatMap(s -> present(actor, s, true));
        });
    }

    /** A vendor seller's referral to a partner: the seller keeps an Accepted copy, the partner gets a Received one. */
    private Mono<ReferralView> sendToPartner(Actor actor, Referral request) {
        Instant now = clock.instant();
        List<FieldError> errors = new ArrayList<>(ReferralValidation.sellerReferral(request));
        errors.addAll(initialStage(request, Stage.ACCEPTED));
        if (!errors.isEmpty()) {
            return Mono.error(ApiProblems.invalid(errors));
        }
        String targetId = request.target().getFirst();
        return organisations.findById(targetId)
                .filter(o -> o.kind() == Organisation.Kind.PARTNER)
                .switchIfEmpty(Mono.error(() -> ApiProblems.invalid(List.of(new FieldError("target/0",
                        "'" + targetId + "' is not a partner organisation.")))))
                .flatMap(partner -> resolveSolutions(actor, request.details()).flatMap(resolved -> {
                    Referral.Details details = resolved.orElse(null);
                    Referral sent = new Referral(UUID.randomUUID(), UUID.randomUUID(), actor.organisationId(),
                            actor.organisation().name(), request.name(), request.externalReferenceId(),
                            request.campaignId(), now, now, null, now, null, Stage.ACCEPTED.status(),
                            Stage.ACCEPTED.substatus(), null, ReferralType.Shared, request.qualification(),
                            Direction.Outgoing, request.salesStage(), null, request.customerProfile(),
                            request.consent(), details, request.team(), request.inviteContext(),
                            List.of(partner.id()), null, null, null);
                    Referral received = ReferralCopies.incomingFor(sent, partner, actor.organisation(), now,
                            now.plus(properties.expiry()));
                    Mono<Void> work = store.insert(sent)
                            .then(events.append(event(EventType.REFERRAL_CREATED, sent, actor, now, List.of())))
                            .then(store.insert(received))
                            .then(events.append(event(EventType.REFERRAL_CREATED, received, actor, now, List.of())))
                            .then(events.append(relatedEvent(EventType.RELATED_REFERRAL_CREATED, sent, received,
                                    actor, now)))
                            .then();
                    return tx.transactional(work).then(find(actor, sent.id())).flatMap(s -> present(actor, s, true));
                }));
    }

    /** A create may state the stage it starts in, but only that one. */
    private static List<FieldError> initialStage(Referral request, Stage initial) {
        boolean statusOk = request.status() == null || request.status() == initial.status();
        boolean substatusOk = request.substatus() == null || request.substatus() == initial.substatus();
        return statusOk && substatusOk ? List.of() : List.of(new FieldError("status",
                "A new referral starts as " + initial + "."));
    }

    private Mono<Void> shareWithVendor(Referral deal, Actor actor, Instant now) {
        return organisations.vendor().flatMap(vendor -> {
            Referral request = ReferralCopies.incomingFor(deal, vendor, actor.organisation(), now,
                    now.plus(properties.expiry()));
            return store.insert(request)
                    .then(events.append(event(EventType.REFERRAL_CREATED, request, actor, now, List.of())))
                    .then(events.append(relatedEvent(EventType.RELATED_REFERRAL_CREATED, deal, request, actor, now)))
                    .then();
        });
    }

    /** Fills each chosen solution's name and kind from the catalogue; unknown ones are errors. */
    private Mono<Optional<Referral.Details>> resolveSolutions(Actor actor, Referral.@Nullable Details details) {
        if (details == null || details.requirements() == null || details.requirements().solutions() == null) {
            return Mono.just(Optional.ofNullable(details));
        }
        List<Referral.SolutionRef> chosen = details.requirements().solutions();
        List<UUID> ids = chosen.stream().map(s -> s == null ? null : s.id()).toList();
        return solutions.find(actor.organisationId(), ids.stream().filter(java.util.Objects::nonNull).toList())
                .collectMap(Solution::id)
                .flatMap(found -> {
                    List<FieldError> errors = new ArrayList<>();
                    List<Referral.SolutionRef> resolved = new ArrayList<>();
                    for (int i = 0; i < ids.size(); i++) {
                        Solution s = ids.get(i) == null ? null : found.get(ids.get(i));
                        if (s == null) {
                            errors.add(new FieldError("details/requirements/solutions/" + i + "/id",
                                    "Not a solution of the catalogue you can use."));
                        } else {
                            resolved.add(new Referral.SolutionRef(s.id(), s.name(), s.type()));
                        }
                    }
                    return errors.isEmpty()
                            ? Mono.just(Optional.of(new Referral.Details(details.notes(), details.dealValue(),
                                    details.currency(), details.closingDateTime(), new Referral.Requirements(resolved))))
                            : Mono.error(ApiProblems.invalid(errors));
                });
    }

    // ---- changing ---------------------------------------------------------------------------

    /** PUT: the whole referral as the caller wants it; If-Match is required. */
    public Mono<ReferralView> replace(Caller caller, UUID id, JsonNode body, @Nullable String ifMatch) {
        if (ifMatch == null) {
            return Mono.error(ApiProblems.ifMatchRequired());
        }
        if (!(body instanceof ObjectNode object)) {
            return Mono.error(ApiProblems.badRequest("The body must be a referral object."));
        }
        return change(caller, id, current -> object, ifMatch, false);
    }

    /** PATCH: JSON Patch (replace/add); If-Match is honoured when sent. */
    public Mono<ReferralView> patch(Caller caller, UUID id, JsonNode patch, @Nullable String ifMatch) {
        return change(caller, id, current -> JsonPatch.apply(current, patch), ifMatch, JsonPatch.movesStage(patch));
    }

    /**
     * @param movesStage the request asks for a stage (a PATCH of status or substatus): asking for the
     *                   stage the referral is already in is then "already answered" (409), not an edit
     */
    private Mono<ReferralView> change(Caller caller, UUID id, UnaryOperator<ObjectNode> edit, @Nullable String ifMatch,
                                      boolean movesStage) {
        return access.require(caller, Permission.READ).flatMap(actor -> Mono.defer(() -> attempt(actor, id, edit, ifMatch, movesStage))
                // Without If-Match a lost race is retried on the new version, where the lifecycle
                // then refuses what is no longer possible (e.g. a second accept: 409).
                .retryWhen(Retry.max(5).filter(e -> e instanceof VersionConflict && ifMatch == null))
                .onErrorMap(VersionConflict.class, e -> ApiProblems.stale(e.currentETag)));
    }

    private Mono<ReferralView> attempt(Actor actor, UUID id, UnaryOperator<ObjectNode> edit, @Nullable String ifMatch,
                                       boolean movesStage) {
        return find(actor, id).flatMap(stored -> present(actor, stored, false).flatMap(before -> {
            if (ifMatch != null && !ifMatch.equals("*") && !ifMatch.equals(stored.eTag())) {
                return Mono.error(ApiProblems.stale(stored.eTag()));
            }
            ObjectNode shown = input.mapper().valueToTree(before.referral());
            ObjectNode wanted = edit.apply(shown.deepCopy());
            Referral desired = input.read(wanted, Referral.class);
            if (movesStage && desired.stage() != null && desired.stage() == before.referral().stage()) {
                Stage stage = desired.stage();
                return Mono.error(ApiProblems.conflict("The referral is already " + stage + ".",
                        Lifecycle.allowedTargets(stage).stream().map(Stage::toString).toList()));
            }
            return apply(actor, stored, before.referral(), shown, wanted, desired);
        }));
    }

    private Mono<ReferralView> apply(Actor actor, StoredReferral stored, Referral current, ObjectNode shown,
                                     ObjectNode wanted, Referral desired) {
        Instant now = clock.instant();
        List<FieldError> readOnly = new ArrayList<>();
        for (String field : SERVER_MANAGED) {
            JsonNode w = wanted.get(field);
            if (w != null && !w.isNull() && !w.equals(shown.get(field))) {
                readOnly.add(new FieldError(field, "Set by the server; it cannot be changed."));
            }
        }
        if (!readOnly.isEmpty()) {
            return Mono.error(ApiProblems.invalid(readOnly));
        }
        ObjectNode next = wanted.deepCopy();
        SERVER_MANAGED.forEach(f -> next.set(f, shown.get(f)));
        PRESENTATION.forEach(next::remove);
        ObjectNode before = shown.deepCopy();
        PRESENTATION.forEach(before::remove);
        if (desired.status() == null || desired.substatus() == null) {
            return Mono.error(ApiProblems.invalid(List.of(new FieldError("status", "status and substatus are required."))));
        }
        boolean favoriteChange = desired.favorite() != null && !desired.favorite().equals(current.favorite());
        boolean contentChange = !JsonDiff.between(before, next, Set.of()).isEmpty();
        if (!contentChange) {
            return favoriteChange
                    ? favorites.set(actor.caller().id(), current.id(), desired.favorite())
                            .then(present(actor, stored, true))
                    : present(actor, stored, true);
        }
        Stage from = current.stage();
        Stage to = Stage.of(desired.status(), desired.substatus()).orElse(null);
        if (to == null) {
            return Mono.error(ApiProblems.invalid(List.of(new FieldError("substatus", desired.status() + "/"
                    + desired.substatus() + " is not a stage; stages are " + List.of(Stage.values()) + "."))));
        }
        Permission needed = actor.isVendor() ? Permission.SELLER_WORK : Permission.PARTNER_WORK;
        if (!AccessControl.allows(actor.caller(), actor.organisation(), needed)) {
            return Mono.error(ApiProblems.forbidden(actor.isVendor()
                    ? "Changing the vendor's referrals needs the seller role."
                    : "Changing referrals needs the MPN admin or referral admin role."));
        }
        Referral.Details d = desired.details();
        if (to != from) {
            Transition transition = switch (to) {
                case ACCEPTED -> new Transition.Accept(desired.name(), d == null ? null : d.dealValue(),
                        d == null ? null : d.currency(), d == null ? null : d.closingDateTime());
                case DECLINED -> new Transition.Decline(desired.statusReason(), d == null ? null : d.notes());
                case EXPIRED -> new Transition.Expire();
                case WON -> new Transition.Win();
                case LOST -> new Transition.Lose(desired.statusReason(), d == null ? null : d.notes());
                case RECEIVED -> null;
            };
            Decision decision = transition == null
                    ? new Decision.Refused("A referral cannot go back to " + Stage.RECEIVED + ".",
                            Lifecycle.allowedTargets(from))
                    : Lifecycle.decide(from, transition, now, current.expirationDateTime(), false);
            switch (decision) {
                case Decision.Refused r -> {
                    return Mono.error(ApiProblems.conflict(r.reason(),
                            r.allowed().stream().map(Stage::toString).toList()));
                }
                case Decision.Invalid i -> {
                    return Mono.error(ApiProblems.invalid(i.violations().stream()
                            .map(v -> new FieldError(v.field(), v.message())).toList()));
                }
                case Decision.Allowed a -> { }
            }
        } else if (from.isClosed()) {
            return Mono.error(ApiProblems.conflict("The referral is closed (" + from + ") and read-only.", List.of()));
        } else if (from == Stage.RECEIVED) {
            return Mono.error(ApiProblems.conflict("Accept or decline the referral before editing it.",
                    Lifecycle.allowedTargets(from).stream().map(Stage::toString).toList()));
        }
        boolean sharing = current.type() == ReferralType.Independent && desired.type() == ReferralType.Shared;
        if (current.type() == ReferralType.Shared && desired.type() == ReferralType.Independent) {
            return Mono.error(ApiProblems.conflict("A shared deal cannot be made private again.", List.of()));
        }
        List<FieldError> errors = new ArrayList<>();
        if (sharing) {
            if (actor.isVendor() || current.direction() != Direction.Outgoing || to.isClosed()) {
                return Mono.error(ApiProblems.conflict(
                        "Only an open deal your organisation created can be shared with the vendor.", List.of()));
            }
            errors.addAll(ReferralValidation.sharing(desired));
        }
        errors.addAll(!actor.isVendor() && current.direction() == Direction.Outgoing && to != Stage.DECLINED
                ? ReferralValidation.partnerDeal(desired, now, false)
                : ReferralValidation.edit(desired));
        if (!errors.isEmpty()) {
            return Mono.error(ApiProblems.invalid(errors));
        }
        boolean solutionsChanged = !java.util.Objects.equals(before.path("details").path("requirements"),
                next.path("details").path("requirements"));
        Mono<Optional<Referral.Details>> details = solutionsChanged
                ? resolveSolutions(actor, d) : Mono.just(Optional.ofNullable(d));
        return details.flatMap(resolved -> {
            resolved.ifPresent(r -> next.set("details", input.mapper().valueToTree(r)));
            next.put("updatedDateTime", now.toString());
            if (to == Stage.ACCEPTED && from != Stage.ACCEPTED) {
                next.put("acceptedDateTime", now.toString());
            }
            if (to.isClosed()) {
                next.put("closedDateTime", now.toString());
            }
            if (to != Stage.DECLINED && to != Stage.LOST) {
                next.remove("statusReason");
            }
            if (sharing && next.get("inviteContext") instanceof ObjectNode invite) {
                invite.remove("invitedBy");
            }
            Referral updated = input.read(next, Referral.class);
            List<Change> changes = JsonDiff.between(before, next,
                    Set.of("updatedDateTime", "acceptedDateTime", "closedDateTime"));
            Mono<Void> work = store.update(updated, stored.version())
                    .switchIfEmpty(Mono.defer(() -> find(actor, updated.id())
                            .flatMap(s -> Mono.error(new VersionConflict(s.eTag())))))
                    .then(Flux.just(event(EventType.REFERRAL_UPDATED, updated, actor, now, changes))
                            .concatWith(to != from ? tellRelated(updated, actor, now) : Flux.empty())
                            .collectList()
                            .flatMapMany(events::appendAll)
                            .then())
                    .then(sharing ? shareWithVendor(updated, actor, now) : Mono.empty())
                    .then(favoriteChange ? favorites.set(actor.caller().id(), updated.id(), desired.favorite())
                            : Mono.empty());
            return tx.transactional(work).then(find(actor, updated.id())).flatMap(s -> present(actor, s, true));
        });
    }

    /** The events by which the other parties of the engagement learn the new stage of this referral. */
    private Flux<NewEvent> tellRelated(Referral changed, Actor actor, Instant now) {
        return store.related(changed.engagementId(), changed.organizationId())
                .map(other -> relatedEvent(EventType.RELATED_REFERRAL_UPDATED, other, changed, actor, now));
    }

    /** Lost an optimistic-locking race. */
    static final class VersionConflict extends RuntimeException {
        final String currentETag;

        VersionConflict(String currentETag) {
            super("version conflict", null, false, false);
            this.currentETag = currentETag;
        }
    }

    private static NewEvent event(EventType type, Referral r, Actor actor, Instant now, List<Change> changes) {
        return new NewEvent(type, r.organizationId(), r.id(), r.engagementId(), actor.caller().id(),
                actor.displayName(), now, changes);
    }

    /** Tells {@code about}'s organisation where the other party's referral stands — nothing more. */
    private static NewEvent relatedEvent(EventType type, Referral to, Referral other, Actor actor, Instant now) {
        List<Change> changes = new ArrayList<>();
        changes.add(new Change("/relatedReferrals/" + other.organizationId() + "/status", null, other.status().name()));
        changes.add(new Change("/relatedReferrals/" + other.organizationId() + "/substatus", null,
                other.substatus().name()));
        if (other.statusReason() != null) {
            changes.add(new Change("/relatedReferrals/" + other.organizationId() + "/statusReason", null,
                    other.statusReason()));
        }
        return new NewEvent(type, to.organizationId(), to.id(), to.engagementId(), actor.caller().id(),
                actor.displayName(), now, changes);
    }
}
