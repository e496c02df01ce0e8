package com.cosell.bench.writes;

import com.cosell.api.event.Change;
import com.cosell.api.event.EventType;
import com.cosell.api.referral.Referral;
import com.cosell.api.referral.Stage;
import com.cosell.backend.access.Actor;
import com.cosell.backend.event.EventLog;
import com.cosell.backend.event.NewEvent;
import com.cosell.backend.referral.ReferralOwnership;
import com.cosell.backend.referral.query.ReferralPresenter;
import com.cosell.backend.referral.query.ShownJson;
import com.cosell.backend.referral.store.ReferralEvents;
import com.cosell.backend.referral.store.ReferralStore;
import com.cosell.backend.referral.validation.SolutionResolver;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The second raw baseline of the writes section: the statements an accept, a decline and a create
 * of the API execute, in the same order and transactions, made by the backend's own stores over its
 * R2DBC pool, without the web layer: no HTTP, token, request JSON, JSON Patch, validation or
 * answer. An answer: the row, its favourite, parties and owner (three at once, as for its view);
 * then, in one transaction, the row's new version, the other parties, the events with their
 * notification rules and the NOTIFY. A create: the solutions named; then, in one transaction, the
 * row, its owner, the event with its rules and the NOTIFY; then the new referral as a GET shows it.
 */
final class SameStatements {

    /** The reason a decline gives, here and in the API's decline the bench sends. */
    static final String DECLINE_REASON = "TimelineTooShort";

    private final ReferralStore store;
    private final ReferralPresenter presenter;
    private final ReferralOwnership ownership;
    private final SolutionResolver solutions;
    private final EventLog events;
    private final ShownJson shown;
    private final TransactionalOperator tx;
    private final Actor actor;

    SameStatements(
            ReferralStore store,
            ReferralPresenter presenter,
            ReferralOwnership ownership,
            SolutionResolver solutions,
            EventLog events,
            ShownJson shown,
            TransactionalOperator tx,
            Actor actor) {
        this.store = store;
        this.presenter = presenter;
        this.ownership = ownership;
        this.solutions = solutions;
        this.events = events;
        this.shown = shown;
        this.tx = tx;
        this.actor = actor;
    }

    /** Accepts or declines the actor's organization's received referral {@code id}. */
    Mono<Void> answer(UUID id, boolean accept) {
        Instant now = Instant.now();
        Stage to = accept ? Stage.ACCEPTED : Stage.DECLINED;
        return store.find(actor.organizationId(), id)
                .flatMap(stored -> presenter.one(actor, stored).flatMap(before -> {
                    Referral r = stored.referral();
                    Referral updated = r.toBuilder()
                            .status(to.status())
                            .substatus(to.substatus())
                            .statusReason(accept ? null : DECLINE_REASON)
                            .updatedDateTime(now)
                            .acceptedDateTime(accept ? now : r.acceptedDateTime())
                            .closedDateTime(accept ? r.closedDateTime() : now)
                            .build();
                    List<Change> changes = List.of(new Change("/substatus", "Received", to.substatus()));
                    Mono<Long> work = store.update(updated, stored.version())
                            .flatMap(version -> Flux.just(
                                            ReferralEvents.of(EventType.REFERRAL_UPDATED, updated, actor, now, changes))
                                    .concatWith(store.related(updated.engagementId(), updated.organizationId())
                                            .map(other -> ReferralEvents.related(
                                                    EventType.RELATED_REFERRAL_UPDATED, other, updated, actor, now)))
                                    .collectList()
                                    .flatMapMany(events::appendAll)
                                    .then()
                                    .thenReturn(version));
                    return tx.transactional(work);
                }))
                .then();
    }

    /** Creates a deal like {@code template} (one the API created), named {@code name}. */
    Mono<Void> create(Referral template, String name) {
        Instant now = Instant.now();
        return solutions
                .resolve(actor, template.details())
                .flatMap(resolved -> {
                    Referral deal = template.toBuilder()
                            .id(UUID.randomUUID())
                            .engagementId(UUID.randomUUID())
                            .name(name)
                            .createdDateTime(now)
                            .updatedDateTime(now)
                            .acceptedDateTime(now)
                            .details(resolved.orElse(null))
                            .build();
                    NewEvent created = ReferralEvents.of(EventType.REFERRAL_CREATED, deal, actor, now, List.of());
                    Mono<Void> work = store.insert(deal)
                            .then(ownership.created(deal, actor, now))
                            .then(events.append(created))
                            .then();
                    return tx.transactional(work)
                            .then(shown.one(
                                    actor.organizationId(), actor.caller().id(), deal.id()));
                })
                .then();
    }
}
