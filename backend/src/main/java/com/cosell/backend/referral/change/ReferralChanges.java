package com.cosell.backend.referral.change;

import com.cosell.api.event.Change;
import com.cosell.api.event.EventType;
import com.cosell.api.referral.Referral;
import com.cosell.api.referral.Stage;
import com.cosell.backend.access.AccessControl;
import com.cosell.backend.access.Actor;
import com.cosell.backend.access.Permission;
import com.cosell.backend.event.EventLog;
import com.cosell.backend.event.JsonDiff;
import com.cosell.backend.event.NewEvent;
import com.cosell.backend.identity.Caller;
import com.cosell.backend.referral.ReferralView;
import com.cosell.backend.referral.create.Invitations;
import com.cosell.backend.referral.domain.Lifecycle;
import com.cosell.backend.referral.query.Favorites;
import com.cosell.backend.referral.query.ReferralPresenter;
import com.cosell.backend.referral.query.ReferralQueries;
import com.cosell.backend.referral.store.ReferralEvents;
import com.cosell.backend.referral.store.ReferralStore;
import com.cosell.backend.referral.store.StoredReferral;
import com.cosell.backend.referral.validation.ServerOwnedFields;
import com.cosell.backend.referral.validation.SolutionResolver;
import com.cosell.backend.web.ApiProblems;
import com.cosell.backend.web.ApiProblems.FieldError;
import com.cosell.backend.web.JsonInput;
import com.cosell.backend.web.JsonPatch;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * PUT and PATCH. A change reads the referral as the caller sees it, applies the request to that
 * document, puts back what the server owns, then takes the steps of {@link ChangeRules} and writes
 * the new version with its events in one transaction. Concurrent changes are serialised by the row
 * version (the eTag).
 */
@Component
public class ReferralChanges {

    private static final Set<String> DATED_BY_SERVER = Set.of("updatedDateTime", "acceptedDateTime", "closedDateTime");

    private final ReferralStore store;
    private final ReferralQueries queries;
    private final ReferralPresenter presenter;
    private final Invitations invitations;
    private final SolutionResolver solutions;
    private final Favorites favorites;
    private final EventLog events;
    private final AccessControl access;
    private final JsonInput input;
    private final TransactionalOperator tx;
    private final Clock clock;

    ReferralChanges(
            ReferralStore store,
            ReferralQueries queries,
            ReferralPresenter presenter,
            Invitations invitations,
            SolutionResolver solutions,
            Favorites favorites,
            EventLog events,
            AccessControl access,
            JsonInput input,
            TransactionalOperator tx,
            Clock clock) {
        this.store = store;
        this.queries = queries;
        this.presenter = presenter;
        this.invitations = invitations;
        this.solutions = solutions;
        this.favorites = favorites;
        this.events = events;
        this.access = access;
        this.input = input;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * The caller as one who may change this referral ({@link ChangeRules#permission}): 404 when their
     * organization has no such referral, 403 without the role that changes it. For changes made beside
     * the document (links between deals), which take no stage step.
     */
    public Mono<Actor> changer(Caller caller, UUID id) {
        return queries.reader(caller, id)
                .flatMap(actor -> ChangeRules.permission(actor)
                        .<Mono<Actor>>map(Mono::error)
                        .orElseGet(() -> Mono.just(actor)));
    }

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
        return change(
                caller,
                id,
                current -> JsonPatch.apply(current, patch, PatchableFields.PATCHABLE),
                ifMatch,
                PatchableFields.movesStage(patch));
    }

    /**
     * @param movesStage the request asks for a stage (a PATCH of status or substatus): asking for the
     *                   stage the referral is already in is then "already answered" (409), not an edit
     */
    private Mono<ReferralView> change(
            Caller caller, UUID id, UnaryOperator<ObjectNode> edit, @Nullable String ifMatch, boolean movesStage) {
        return access.require(caller, Permission.READ)
                .flatMap(actor -> Mono.defer(() -> attempt(actor, id, edit, ifMatch, movesStage))
                        // Without If-Match a lost race is retried on the new version, where the lifecycle
                        // then refuses what is no longer possible (e.g. a second accept: 409).
                        .retryWhen(Retry.max(5).filter(e -> e instanceof VersionConflict && ifMatch == null))
                        .onErrorMap(VersionConflict.class, e -> ApiProblems.stale(e.currentETag)));
    }

    private Mono<ReferralView> attempt(
            Actor actor, UUID id, UnaryOperator<ObjectNode> edit, @Nullable String ifMatch, boolean movesStage) {
        return queries.find(actor, id)
                .flatMap(stored -> presenter.one(actor, stored).flatMap(before -> {
                    if (ifMatch != null && !ifMatch.equals("*") && !ifMatch.equals(stored.eTag())) {
                        return Mono.error(ApiProblems.stale(stored.eTag()));
                    }
                    ObjectNode shown = input.mapper().valueToTree(before.referral());
                    ObjectNode wanted = ServerOwnedFields.restore(edit.apply(shown.deepCopy()), shown);
                    Referral desired = input.read(wanted, Referral.class);
                    if (movesStage
                            && desired.stage() != null
                            && desired.stage() == before.referral().stage()) {
                        Stage stage = desired.stage();
                        return Mono.error(ApiProblems.conflict(
                                "The referral is already " + stage + ".",
                                Lifecycle.allowedTargets(stage).stream()
                                        .map(Stage::toString)
                                        .toList()));
                    }
                    return apply(actor, stored, before, shown, desired);
                }));
    }

    private Mono<ReferralView> apply(
            Actor actor, StoredReferral stored, ReferralView shownBefore, ObjectNode shown, Referral desired) {
        Referral current = shownBefore.referral();
        Instant now = clock.instant();
        // The request's document as the record writes it: 42000.5 sent as a double is the stored decimal.
        ObjectNode next = stored(input.mapper().valueToTree(desired));
        ObjectNode before = stored(shown);
        if (desired.status() == null || desired.substatus() == null) {
            return Mono.error(
                    ApiProblems.invalid(List.of(new FieldError("status", "status and substatus are required."))));
        }
        boolean favoriteChange =
                desired.favorite() != null && !desired.favorite().equals(current.favorite());
        if (JsonDiff.between(before, next, Set.of()).isEmpty()) {
            Mono<Void> favorite = favoriteChange
                    ? favorites.set(actor.caller().id(), current.id(), desired.favorite())
                    : Mono.empty();
            return favorite.then(presenter.one(actor, stored));
        }
        Stage from = current.stage();
        Stage to = Stage.of(desired.status(), desired.substatus()).orElse(null);
        if (to == null) {
            return Mono.error(ApiProblems.invalid(List.of(new FieldError(
                    "substatus",
                    desired.status() + "/" + desired.substatus() + " is not a stage; stages are "
                            + List.of(Stage.values()) + "."))));
        }
        Optional<? extends RuntimeException> refusal = ChangeRules.permission(actor)
                .or(() -> ChangeRules.outcome(actor, from, to))
                .or(() -> ChangeRules.move(actor, from, to, current, desired, now));
        if (refusal.isPresent()) {
            return Mono.error(refusal.get());
        }
        boolean sharing = ChangeRules.sharing(actor, current, desired, to);
        List<FieldError> errors = ChangeRules.content(actor, current, desired, to, sharing, now);
        if (!errors.isEmpty()) {
            return Mono.error(ApiProblems.invalid(errors));
        }
        boolean solutionsChanged = !Objects.equals(
                before.path("details").path("requirements"),
                next.path("details").path("requirements"));
        Mono<Optional<Referral.Details>> details = solutionsChanged
                ? solutions.resolve(actor, desired.details())
                : Mono.just(Optional.ofNullable(desired.details()));
        return details.flatMap(resolved -> {
            resolved.ifPresent(r -> next.set("details", input.mapper().valueToTree(r)));
            dated(next, from, to, now);
            if (sharing && next.get("inviteContext") instanceof ObjectNode invite) {
                invite.remove("invitedBy");
            }
            Referral updated = input.read(next, Referral.class);
            List<Change> changes = JsonDiff.between(before, next, DATED_BY_SERVER);
            Mono<Long> work = store.update(updated, stored.version())
                    .switchIfEmpty(Mono.defer(() ->
                            queries.find(actor, updated.id()).flatMap(s -> Mono.error(new VersionConflict(s.eTag())))))
                    .flatMap(version -> Flux.just(
                                    ReferralEvents.of(EventType.REFERRAL_UPDATED, updated, actor, now, changes))
                            .concatWith(to != from ? tellRelated(updated, actor, now) : Flux.empty())
                            .collectList()
                            .flatMapMany(events::appendAll)
                            .then(sharing ? invitations.shareWithVendor(updated, actor, now) : Mono.empty())
                            .then(
                                    favoriteChange
                                            ? favorites.set(actor.caller().id(), updated.id(), desired.favorite())
                                            : Mono.empty())
                            .thenReturn(version));
            // Shown from what was written; read again only when sharing added a party.
            return tx.transactional(work)
                    .flatMap(version -> sharing
                            ? queries.find(actor, updated.id()).flatMap(s -> presenter.one(actor, s))
                            : Mono.just(presenter.changed(
                                    shownBefore,
                                    new StoredReferral(updated, version),
                                    favoriteChange ? desired.favorite() : Boolean.TRUE.equals(current.favorite()))));
        });
    }

    /** The document as stored: without what is per user or derived on reading. */
    private static ObjectNode stored(ObjectNode document) {
        ObjectNode copy = document.deepCopy();
        ServerOwnedFields.PRESENTATION.forEach(copy::remove);
        return copy;
    }

    /** The dates the server keeps, and a reason only where the stage has one. */
    private static void dated(ObjectNode next, Stage from, Stage to, Instant now) {
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
    }

    /** The events by which the other parties of the engagement learn the new stage of this referral. */
    private Flux<NewEvent> tellRelated(Referral changed, Actor actor, Instant now) {
        return store.related(changed.engagementId(), changed.organizationId())
                .map(other -> ReferralEvents.related(EventType.RELATED_REFERRAL_UPDATED, other, changed, actor, now));
    }

    /** Lost an optimistic-locking race. */
    static final class VersionConflict extends RuntimeException {
        final String currentETag;

        VersionConflict(String currentETag) {
            super("version conflict", null, false, false);
            this.currentETag = currentETag;
        }
    }
}
