package com.cosell.backend.referral.registration;

import com.cosell.api.catalogue.Solution;
import com.cosell.api.event.Change;
import com.cosell.api.event.EventType;
import com.cosell.api.referral.Referral;
import com.cosell.api.referral.Stage;
import com.cosell.api.registration.DealRegistration;
import com.cosell.backend.access.AccessControl;
import com.cosell.backend.access.Actor;
import com.cosell.backend.access.Permission;
import com.cosell.backend.catalogue.SolutionCatalogue;
import com.cosell.backend.event.EventLog;
import com.cosell.backend.event.NewEvent;
import com.cosell.backend.identity.Caller;
import com.cosell.backend.notification.NotificationKind;
import com.cosell.backend.notification.Notifier;
import com.cosell.backend.referral.store.ReferralStore;
import com.cosell.backend.referral.store.StoredReferral;
import com.cosell.backend.web.ApiProblems;
import com.cosell.backend.web.ApiProblems.FieldError;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Deal registration: a partner registers a won deal on a registration-eligible solution; a vendor
 * seller approves, rejects or sends it back (ActionRequired) with a comment. The partner's referral
 * carries the registration's status; the partner is notified of the verdict.
 */
@Service
public class RegistrationService {

    private static final Set<String> VERDICTS = Set.of("Approved", "Rejected", "ActionRequired");

    private final ReferralStore referrals;
    private final RegistrationStore registrations;
    private final SolutionCatalogue solutions;
    private final AccessControl access;
    private final EventLog events;
    private final Notifier notifier;
    private final TransactionalOperator tx;
    private final JsonMapper json;
    private final Clock clock;

    RegistrationService(
            ReferralStore referrals,
            RegistrationStore registrations,
            SolutionCatalogue solutions,
            AccessControl access,
            EventLog events,
            Notifier notifier,
            TransactionalOperator tx,
            JsonMapper json,
            Clock clock) {
        this.referrals = referrals;
        this.registrations = registrations;
        this.solutions = solutions;
        this.access = access;
        this.events = events;
        this.notifier = notifier;
        this.tx = tx;
        this.json = json;
        this.clock = clock;
    }

    /** Co-sell's own form: a first registration, or the answer to ActionRequired. */
    Mono<DealRegistration> submit(Caller caller, UUID referralId, DealRegistration.Submission s) {
        return submit(caller, referralId, s, false, Set.of("none", "ActionRequired"));
    }

    /**
     * Partner Center's JSON Patch: {@code add /registrations/-} registers ({@code amend} false);
     * {@code replace /registrations/0/…} changes one not yet approved or rejected ({@code amend} true).
     */
    public Mono<DealRegistration> submitPartnerCenter(
            Caller caller, UUID referralId, DealRegistration.Submission s, boolean amend) {
        return submit(
                caller,
                referralId,
                s,
                true,
                amend ? Set.of("ReviewPending", "ActionRequired") : Set.of("none", "ActionRequired"));
    }

    private Mono<DealRegistration> submit(
            Caller caller,
            UUID referralId,
            DealRegistration.Submission s,
            boolean partnerCenterForm,
            Set<String> from) {
        return access.require(caller, Permission.PARTNER_WORK)
                .flatMap(actor -> referrals
                        .find(actor.organizationId(), referralId)
                        .switchIfEmpty(Mono.error(() -> ApiProblems.notFound("Referral " + referralId)))
                        .flatMap(stored -> {
                            Referral r = stored.referral();
                            if (r.stage() != Stage.WON) {
                                return Mono.error(ApiProblems.conflict(
                                        "Only a won deal can be registered; this one is " + r.stage() + ".",
                                        List.of()));
                            }
                            List<FieldError> errors = RegistrationTerms.check(s, clock.instant(), partnerCenterForm);
                            if (!errors.isEmpty()) {
                                return Mono.error(ApiProblems.invalid(errors));
                            }
                            List<UUID> ids = r.details() == null
                                            || r.details().requirements() == null
                                            || r.details().requirements().solutions() == null
                                    ? List.of()
                                    : r.details().requirements().solutions().stream()
                                            .map(Referral.SolutionRef::id)
                                            .filter(Objects::nonNull)
                                            .toList();
                            return solutions
                                    .find(actor.organizationId(), ids)
                                    .filter(Solution::registrationEligible)
                                    .collectList()
                                    .flatMap(eligible -> eligible.isEmpty()
                                            ? Mono.error(ApiProblems.conflict(
                                                    "None of this deal's solutions is eligible for deal registration.",
                                                    List.of()))
                                            : registrations
                                                    .byReferral(referralId)
                                                    .map(found -> found.status().name())
                                                    .defaultIfEmpty("none")
                                                    .flatMap(status -> from.contains(status)
                                                            ? register(actor, stored, s, eligible)
                                                            : Mono.error(ApiProblems.conflict(
                                                                    status.equals("none")
                                                                            ? "This deal has no registration to change yet."
                                                                            : "This deal is already registered ("
                                                                                    + status + ").",
                                                                    List.of()))));
                        }));
    }

    private Mono<DealRegistration> register(
            Actor actor, StoredReferral stored, DealRegistration.Submission s, List<Solution> eligible) {
        Referral r = stored.referral();
        Instant now = clock.instant();
        RegistrationTerms terms = RegistrationTerms.of(s);
        DealRegistration registration = new DealRegistration(
                UUID.randomUUID(),
                r.id(),
                actor.organizationId(),
                DealRegistration.Status.ReviewPending,
                r.name(),
                r.customerProfile() == null ? null : r.customerProfile().name(),
                eligible.stream().map(Solution::name).collect(Collectors.joining(", ")),
                s.contractValue(),
                s.currency(),
                s.signedDateTime(),
                terms.months(),
                terms.term(),
                terms.start(),
                terms.end(),
                s.solutionDetails() == null ? List.of() : s.solutionDetails(),
                null,
                now,
                null,
                null);
        Mono<DealRegistration> work = registrations
                .save(registration)
                .then(registrations.byReferral(r.id()))
                .flatMap(saved -> withRegistration(stored, saved, actor.caller().id(), actor.displayName(), now)
                        .thenReturn(saved));
        return tx.transactional(work);
    }

    Flux<DealRegistration> toReview(Caller caller, @Nullable String status) {
        return toReview(caller, status, 200);
    }

    public Flux<DealRegistration> toReview(Caller caller, @Nullable String status, int limit) {
        DealRegistration.@Nullable Status which;
        try {
            which = status == null ? null : DealRegistration.Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            return Flux.error(ApiProblems.badRequest("status is ReviewPending, Approved, Rejected or ActionRequired."));
        }
        return access.require(caller, Permission.SELLER_WORK).thenMany(registrations.withStatus(which, limit));
    }

    Mono<DealRegistration> review(Caller caller, UUID id, DealRegistration.Review review) {
        if (review.status() == null || !VERDICTS.contains(review.status())) {
            return Mono.error(ApiProblems.invalid(List.of(new FieldError("status", "One of " + VERDICTS + "."))));
        }
        if (!review.status().equals("Approved")
                && (review.reviewComment() == null || review.reviewComment().isBlank())) {
            return Mono.error(ApiProblems.invalid(
                    List.of(new FieldError("reviewComment", "Tell the partner why, or what to do."))));
        }
        if (review.reviewComment() != null && review.reviewComment().length() > 2000) {
            return Mono.error(
                    ApiProblems.invalid(List.of(new FieldError("reviewComment", "At most 2000 characters."))));
        }
        return access.require(caller, Permission.SELLER_WORK)
                .flatMap(actor -> registrations
                        .byId(id)
                        .switchIfEmpty(Mono.error(() -> ApiProblems.notFound("Registration " + id)))
                        .flatMap(current -> {
                            Instant now = clock.instant();
                            Mono<DealRegistration> work = registrations
                                    .review(id, review.status(), review.reviewComment(), now, actor.displayName())
                                    .flatMap(done -> done
                                            ? registrations.byId(id)
                                            : Mono.error(ApiProblems.conflict(
                                                    "This registration was already reviewed (" + current.status()
                                                            + ").",
                                                    List.of())))
                                    .flatMap(reviewed -> referrals
                                            .find(reviewed.organizationId(), reviewed.referralId())
                                            .flatMap(stored -> withRegistration(
                                                    stored,
                                                    reviewed,
                                                    actor.caller().id(),
                                                    actor.displayName(),
                                                    now))
                                            .then(notifier.notify(new Notifier.Draft(
                                                    reviewed.organizationId(),
                                                    NotificationKind.REGISTRATION_REVIEWED,
                                                    reviewed.referralId(),
                                                    reviewed.dealName(),
                                                    actor.organization().name(),
                                                    reviewed.status()
                                                            + (reviewed.reviewComment() == null
                                                                    ? ""
                                                                    : ": " + reviewed.reviewComment()),
                                                    actor.caller().id(),
                                                    actor.displayName(),
                                                    now)))
                                            .flatMap(events::append)
                                            .thenReturn(reviewed));
                            return tx.transactional(work);
                        }));
    }

    /** The partner's referral shows the registration; its owner's stream hears of the change. */
    private Mono<Void> withRegistration(
            StoredReferral stored, DealRegistration registration, String actorId, String actorName, Instant now) {
        Referral r = stored.referral();
        ObjectNode doc = json.valueToTree(r);
        doc.set("registrations", json.valueToTree(List.of(registration.asReferralEntry())));
        doc.put("updatedDateTime", now.toString());
        Referral updated = json.treeToValue(doc, Referral.class);
        List<Change> changes = List.of(new Change(
                "/registrations/0/status",
                r.registrations() == null || r.registrations().isEmpty()
                        ? null
                        : r.registrations().getFirst().status(),
                registration.status().name()));
        return referrals
                .update(updated, stored.version())
                .switchIfEmpty(Mono.error(
                        () -> ApiProblems.conflict("The referral changed at the same moment; try again.", List.of())))
                .then(events.append(new NewEvent(
                        EventType.REFERRAL_UPDATED,
                        r.organizationId(),
                        r.id(),
                        r.engagementId(),
                        actorId,
                        actorName,
                        now,
                        changes)))
                .then();
    }
}
