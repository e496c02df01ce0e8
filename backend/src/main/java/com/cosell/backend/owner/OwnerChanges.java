package com.cosell.backend.owner;

import com.cosell.api.event.Change;
import com.cosell.api.event.EventType;
import com.cosell.api.referral.Owner;
import com.cosell.api.referral.Referral;
import com.cosell.backend.access.Actor;
import com.cosell.backend.event.EventLog;
import com.cosell.backend.event.NewEvent;
import com.cosell.backend.identity.Caller;
import com.cosell.backend.identity.Role;
import com.cosell.backend.notification.NotificationKind;
import com.cosell.backend.notification.Notifier;
import com.cosell.backend.referral.ReferralService;
import com.cosell.backend.referral.ReferralView;
import com.cosell.backend.web.ApiProblems;
import com.cosell.backend.web.ApiProblems.FieldError;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Assigning a referral to one of its organization's people, handing it over and leaving it
 * unassigned. The organization's admins — MPN and referral admins of a partner, the vendor admin of
 * the vendor — assign any referral; its owner hands it over. The change, its {@code referral-updated}
 * event ({@code /owner}, from whom to whom) and the new owner's notification commit together.
 */
@Service
public class OwnerChanges {

    static final String PATH = "/owner";

    private final ReferralService referrals;
    private final OwnerStore owners;
    private final People people;
    private final EventLog events;
    private final Notifier notifier;
    private final TransactionalOperator tx;
    private final Clock clock;

    OwnerChanges(
            ReferralService referrals,
            OwnerStore owners,
            People people,
            EventLog events,
            Notifier notifier,
            TransactionalOperator tx,
            Clock clock) {
        this.referrals = referrals;
        this.owners = owners;
        this.people = people;
        this.events = events;
        this.notifier = notifier;
        this.tx = tx;
        this.clock = clock;
    }

    /** Makes {@code personId} the owner; a 400 names {@code id} when they may not own the organization's referrals. */
    public Mono<ReferralView> assign(Caller caller, UUID referralId, @Nullable String personId) {
        if (personId == null || personId.isBlank()) {
            return Mono.error(ApiProblems.invalid(List.of(new FieldError(
                    "id", "is required: the id of the person to assign, as GET /v1.0/people lists them."))));
        }
        return referrals
                .reader(caller, referralId)
                .flatMap(actor -> people.among(actor.organization(), List.of(personId))
                        .next()
                        .switchIfEmpty(Mono.error(() -> ApiProblems.invalid(List.of(new FieldError(
                                "id",
                                "'" + personId + "' is not one of "
                                        + actor.organization().name()
                                        + "'s people who work referrals: an owner is someone of your organization with a "
                                        + "Co-sell role who has signed in at least once (GET /v1.0/people).")))))
                        .flatMap(owner -> change(actor, referralId, owner)));
    }

    /** Leaves the referral without an owner: its notifications go to the whole organization again. */
    Mono<ReferralView> unassign(Caller caller, UUID referralId) {
        return referrals.reader(caller, referralId).flatMap(actor -> change(actor, referralId, null));
    }

    private Mono<ReferralView> change(Actor actor, UUID referralId, @Nullable Owner next) {
        Instant now = clock.instant();
        Mono<Void> work = referrals
                .get(actor.caller(), referralId)
                .flatMap(view -> owners.lock(actor.organizationId(), referralId).flatMap(current -> {
                    if (!mayChange(actor, current)) {
                        return Mono.error(ApiProblems.forbidden("Only your organization's admins or the referral's "
                                + "owner can assign it to someone else."));
                    }
                    String before = current.map(Owner::id).orElse(null);
                    if (next == null ? before == null : next.id().equals(before)) {
                        return Mono.empty(); // nothing changes, nothing to record
                    }
                    Mono<Void> write = next == null
                            ? owners.clear(actor.organizationId(), referralId)
                            : owners.set(actor.organizationId(), referralId, next, now);
                    return write.then(record(actor, view.referral(), current, next, now));
                }));
        return tx.transactional(work).then(Mono.defer(() -> referrals.get(actor.caller(), referralId)));
    }

    /** The history's event and, when someone else was made the owner, their notification. */
    private Mono<Void> record(
            Actor actor, Referral referral, Optional<Owner> before, @Nullable Owner next, Instant now) {
        String actorId = actor.caller().id();
        List<NewEvent> written = new ArrayList<>();
        written.add(new NewEvent(
                EventType.REFERRAL_UPDATED,
                actor.organizationId(),
                referral.id(),
                referral.engagementId(),
                actorId,
                actor.displayName(),
                now,
                List.of(new Change(
                        PATH, before.map(OwnerChanges::value).orElse(null), next == null ? null : value(next)))));
        Mono<List<NewEvent>> notified = next == null || next.id().equals(actorId)
                ? Mono.just(List.of())
                : notifier.notify(new Notifier.Draft(
                                actor.organizationId(),
                                NotificationKind.ASSIGNED,
                                referral.id(),
                                referral.name(),
                                actor.displayName(),
                                null,
                                actorId,
                                actor.displayName(),
                                now,
                                next.id()))
                        .map(List::of);
        return notified.flatMap(n -> {
            written.addAll(n);
            return events.appendAll(written).then();
        });
    }

    /**
     * The admins assign any referral of theirs; anyone else only hands over what they own. A partner's
     * people are all its admins (MPN or referral admin); the vendor's sellers hand over their own.
     */
    static boolean mayChange(Actor actor, Optional<Owner> current) {
        Caller caller = actor.caller();
        boolean admin = actor.isVendor()
                ? caller.has(Role.VENDOR_ADMIN)
                : caller.has(Role.MPN_ADMIN) || caller.has(Role.REFERRAL_ADMIN);
        return admin || current.map(o -> o.id().equals(caller.id())).orElse(false);
    }

    private static Map<String, Object> value(Owner owner) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", owner.id());
        v.put("name", owner.name());
        return v;
    }
}
