package com.cosell.backend.duplicate;

import com.cosell.api.duplicate.Deal;
import com.cosell.api.duplicate.DuplicateReport;
import com.cosell.api.event.Change;
import com.cosell.api.event.EventType;
import com.cosell.api.referral.Referral;
import com.cosell.api.referral.Stage;
import com.cosell.backend.access.AccessControl;
import com.cosell.backend.access.Actor;
import com.cosell.backend.access.Permission;
import com.cosell.backend.event.EventLog;
import com.cosell.backend.event.NewEvent;
import com.cosell.backend.identity.Caller;
import com.cosell.backend.referral.CloseReasons;
import com.cosell.backend.referral.ReferralService;
import com.cosell.backend.referral.ReferralView;
import com.cosell.backend.web.ApiProblems;
import com.cosell.backend.web.ApiProblems.FieldError;
import com.cosell.backend.web.JsonInput;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/** Finding an organization's duplicates and closing a referral as the duplicate of another of its deals. */
@Service
class DuplicateService {

    static final int MAX_IDS = 200;

    private final ReferralService referrals;
    private final AccessControl access;
    private final DuplicateStore store;
    private final EventLog events;
    private final TransactionalOperator tx;
    private final JsonInput input;
    private final Clock clock;

    DuplicateService(
            ReferralService referrals,
            AccessControl access,
            DuplicateStore store,
            EventLog events,
            TransactionalOperator tx,
            JsonInput input,
            Clock clock) {
        this.referrals = referrals;
        this.access = access;
        this.store = store;
        this.events = events;
        this.tx = tx;
        this.input = input;
        this.clock = clock;
    }

    /** The report on one of the caller's referrals (404 when their organization has none such). */
    Mono<DuplicateReport> report(Caller caller, UUID id) {
        return referrals
                .reader(caller, id)
                .flatMap(actor -> referrals.get(caller, id).flatMap(view -> {
                    Referral r = view.referral();
                    String org = actor.organizationId();
                    Mono<List<Deal>> candidates = r.stage() != null && r.stage().isClosed()
                            ? Mono.just(List.of())
                            : store.candidates(org, CustomerKey.of(r), id).collectList();
                    Mono<List<Deal>> conflicts = actor.isVendor()
                            ? store.conflicts(org, List.of(id)).map(m -> m.getOrDefault(id, List.of()))
                            : Mono.just(List.of());
                    return Mono.zip(
                                    store.duplicateOf(org, id).map(List::of).defaultIfEmpty(List.of()),
                                    store.duplicates(org, id).collectList(),
                                    store.linked(org, id).collectList(),
                                    candidates,
                                    conflicts)
                            .map(t -> new DuplicateReport(
                                    t.getT1().isEmpty() ? null : t.getT1().getFirst(),
                                    t.getT2(),
                                    t.getT3(),
                                    notLinked(t.getT4(), t.getT3()),
                                    actor.isVendor() ? t.getT5() : null));
                }));
    }

    /** A deal linked already is no longer a question: it shows among the linked, not the candidates. */
    private static List<Deal> notLinked(List<Deal> candidates, List<Deal> linked) {
        List<UUID> ids = linked.stream().map(Deal::id).toList();
        return candidates.stream().filter(d -> !ids.contains(d.id())).toList();
    }

    /** The caller's organization's open deals on a customer not yet saved (the create and send forms). */
    Mono<List<Deal>> candidates(
            Caller caller, @Nullable String customerName, @Nullable String country, @Nullable String duns) {
        return access.require(caller, Permission.READ)
                .flatMap(actor -> Mono.fromCallable(() -> CustomerKey.draft(customerName, country, duns))
                        .flatMap(key -> store.candidates(actor.organizationId(), key, null)
                                .collectList()));
    }

    /** The vendor's conflicting copies among {@code ids} (its own referrals): id → the copies in conflict. */
    Mono<Map<UUID, List<Deal>>> conflicts(Caller caller, List<UUID> ids) {
        if (ids.size() > MAX_IDS) {
            return Mono.error(ApiProblems.invalid(List.of(new FieldError("ids", "At most " + MAX_IDS + " ids."))));
        }
        return access.require(caller, Permission.READ)
                .flatMap(actor -> actor.isVendor()
                        ? store.conflicts(actor.organizationId(), ids)
                        : Mono.error(ApiProblems.forbidden("Conflicts between partners are the vendor's to see.")));
    }

    /**
     * Closes the referral as a duplicate of another open deal of the same organization: a received one
     * is declined, an accepted one lost, with the reason {@code Duplicate}; the link is kept, and both
     * referrals' histories record it, in the transaction of the close.
     */
    Mono<ReferralView> closeAsDuplicate(Caller caller, UUID id, String body, @Nullable String ifMatch) {
        return referrals
                .changer(caller, id)
                .flatMap(actor -> Mono.fromCallable(() -> target(body))
                        .flatMap(of -> referrals.get(caller, id).flatMap(view -> {
                            if (of.equals(id)) {
                                return Mono.error(invalid("A referral is not a duplicate of itself."));
                            }
                            Stage stage = view.referral().stage();
                            Stage to = stage == Stage.RECEIVED
                                    ? Stage.DECLINED
                                    : stage == Stage.ACCEPTED ? Stage.LOST : null;
                            if (to == null) {
                                return Mono.error(ApiProblems.conflict("The referral is closed already.", List.of()));
                            }
                            Mono<ReferralView> work = store.openDeal(actor.organizationId(), of)
                                    .switchIfEmpty(Mono.error(invalid("Not an open deal of your organization.")))
                                    .flatMap(deal -> store.link(
                                                    actor.organizationId(),
                                                    id,
                                                    of,
                                                    clock.instant(),
                                                    actor.displayName())
                                            .then(referrals.patch(caller, id, close(to), ifMatch))
                                            .flatMap(closed -> events.appendAll(linked(actor, view.referral(), of))
                                                    .then(Mono.just(closed))));
                            return tx.transactional(work);
                        })));
    }

    private JsonNode close(Stage to) {
        return input.mapper()
                .valueToTree(List.of(
                        Map.of(
                                "op",
                                "replace",
                                "path",
                                "/status",
                                "value",
                                to.status().name()),
                        Map.of(
                                "op",
                                "replace",
                                "path",
                                "/substatus",
                                "value",
                                to.substatus().name()),
                        Map.of("op", "add", "path", "/statusReason", "value", CloseReasons.DUPLICATE)));
    }

    /** The link on both referrals' histories (and event streams, so open pages show it live). */
    private List<NewEvent> linked(Actor actor, Referral closed, UUID of) {
        var at = clock.instant();
        String who = actor.caller().id();
        return List.of(
                new NewEvent(
                        EventType.REFERRAL_UPDATED,
                        actor.organizationId(),
                        closed.id(),
                        closed.engagementId(),
                        who,
                        actor.displayName(),
                        at,
                        List.of(new Change("/duplicateOf", null, of.toString()))),
                new NewEvent(
                        EventType.REFERRAL_UPDATED,
                        actor.organizationId(),
                        of,
                        null,
                        who,
                        actor.displayName(),
                        at,
                        List.of(new Change("/duplicates/-", null, String.valueOf(closed.id())))));
    }

    private UUID target(String body) {
        return input.referralId(body, "duplicateOf", "The id of the deal this one duplicates is required.");
    }

    private static org.springframework.web.ErrorResponseException invalid(String message) {
        return ApiProblems.invalid(List.of(new FieldError("duplicateOf", message)));
    }
}
