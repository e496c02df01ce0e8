package com.cosell.backend.duplicate;

import com.cosell.api.event.Change;
import com.cosell.api.event.EventType;
import com.cosell.backend.access.Actor;
import com.cosell.backend.event.EventLog;
import com.cosell.backend.event.NewEvent;
import com.cosell.backend.identity.Caller;
import com.cosell.backend.referral.ReferralService;
import com.cosell.backend.web.ApiProblems;
import com.cosell.backend.web.ApiProblems.FieldError;
import com.cosell.backend.web.JsonInput;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.ErrorResponseException;
import reactor.core.publisher.Mono;

/**
 * Linking two open deals of one organization as the same customer without closing either, and
 * unlinking them. Whoever may change the referral may link it; the other deal must be an open deal of
 * the same organization, and any other (another organization's, closed, missing) gets the same 400, so
 * the answer never tells of another organization's deal. Each side's history and event stream records
 * the link in the transaction that writes it, so open pages show it live.
 */
@Service
class DealLinks {

    private final ReferralService referrals;
    private final DuplicateStore store;
    private final EventLog events;
    private final TransactionalOperator tx;
    private final JsonInput input;
    private final Clock clock;

    DealLinks(
            ReferralService referrals,
            DuplicateStore store,
            EventLog events,
            TransactionalOperator tx,
            JsonInput input,
            Clock clock) {
        this.referrals = referrals;
        this.store = store;
        this.events = events;
        this.tx = tx;
        this.input = input;
        this.clock = clock;
    }

    /** Links {@code id} to the deal the body names; true when newly linked, false when it was already (no event). */
    Mono<Boolean> link(Caller caller, UUID id, String body) {
        return referrals
                .changer(caller, id)
                .flatMap(actor -> Mono.fromCallable(() -> target(body)).flatMap(other -> {
                    if (other.equals(id)) {
                        return Mono.error(invalid("A deal is not linked to itself."));
                    }
                    String org = actor.organizationId();
                    Mono<Boolean> work = store.openDeal(org, id)
                            .switchIfEmpty(Mono.error(ApiProblems.conflict(
                                    "The referral is closed: link it while it is open.", List.of())))
                            .then(store.openDeal(org, other))
                            .switchIfEmpty(Mono.error(invalid("Not an open deal of your organization.")))
                            .then(store.addLink(org, id, other, clock.instant(), actor.displayName()))
                            .flatMap(added -> added
                                    ? events.appendAll(changed(actor, id, other, true))
                                            .then(Mono.just(true))
                                    : Mono.just(false));
                    return tx.transactional(work);
                }));
    }

    /** Removes the link between {@code id} and {@code other}, whatever their stages; nothing to remove is no error. */
    Mono<Void> unlink(Caller caller, UUID id, UUID other) {
        return referrals
                .changer(caller, id)
                .flatMap(actor -> tx.transactional(store.removeLink(actor.organizationId(), id, other)
                        .flatMap(removed -> removed
                                ? events.appendAll(changed(actor, id, other, false))
                                        .then()
                                : Mono.<Void>empty())));
    }

    /** {@code /links} on both deals: the other deal's id added, or removed. */
    private List<NewEvent> changed(Actor actor, UUID id, UUID other, boolean linked) {
        var at = clock.instant();
        return List.of(event(actor, id, other, linked, at), event(actor, other, id, linked, at));
    }

    private static NewEvent event(Actor actor, UUID on, UUID other, boolean linked, java.time.Instant at) {
        String value = other.toString();
        return new NewEvent(
                EventType.REFERRAL_UPDATED,
                actor.organizationId(),
                on,
                null,
                actor.caller().id(),
                actor.displayName(),
                at,
                List.of(new Change("/links", linked ? null : value, linked ? value : null)));
    }

    private UUID target(String body) {
        return input.referralId(body, "linkedTo", "The id of the deal to link to is required.");
    }

    private static ErrorResponseException invalid(String message) {
        return ApiProblems.invalid(List.of(new FieldError("linkedTo", message)));
    }
}
