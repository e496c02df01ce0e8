package com.cosell.backend.referral.create;

import com.cosell.api.event.Change;
import com.cosell.api.event.EventType;
import com.cosell.api.referral.Direction;
import com.cosell.api.referral.Referral;
import com.cosell.api.referral.Stage;
import com.cosell.backend.access.Actor;
import com.cosell.backend.event.EventLog;
import com.cosell.backend.event.NewEvent;
import com.cosell.backend.organization.Organization;
import com.cosell.backend.organization.OrganizationRepository;
import com.cosell.backend.referral.ReferralOwnership;
import com.cosell.backend.referral.ReferralProperties;
import com.cosell.backend.referral.store.ReferralEvents;
import com.cosell.backend.referral.store.ReferralStore;
import com.cosell.backend.referral.store.StoredReferral;
import com.cosell.backend.referral.validation.ReferralValidation;
import com.cosell.backend.web.ApiProblems;
import com.cosell.backend.web.ApiProblems.FieldError;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The one home of "invite a party to an engagement": a seller's referral to partners, a partner's
 * deal with invited partners (on create or later), and a deal shared with the vendor all add the
 * invited organizations' {@code New/Received} copies here, with the rules that hold for each: at most
 * {@link #MAX_PARTIES} parties, one copy per organization, never the inviting organization itself.
 * Withdrawing an invitation not yet answered is here too. Runs inside the caller's transaction.
 */
@Component
public class Invitations {

    /** Parties of one engagement, the inviting organization included (AWS allows ten partners on one). */
    static final int MAX_PARTIES = 10;
    /** The reason a withdrawn invitation is closed with (as {@code Closed/Expired}: it can no longer be answered). */
    static final String WITHDRAWN = "Withdrawn";
    /** Target types naming an organization; Partner Center's is a business profile location. */
    private static final Set<String> ORGANIZATION_TARGETS =
            Set.of(Referral.Target.ORGANIZATION, Referral.Target.BUSINESS_PROFILE);

    /** An organization to invite, with what it is asked for. */
    record Invitee(Organization organization, Referral.@Nullable InviteContext invite) {

        boolean vendor() {
            return organization.kind() == Organization.Kind.VENDOR;
        }
    }

    private final ReferralStore store;
    private final OrganizationRepository organizations;
    private final EventLog events;
    private final ReferralProperties properties;
    private final ReferralOwnership ownership;

    Invitations(
            ReferralStore store,
            OrganizationRepository organizations,
            EventLog events,
            ReferralProperties properties,
            ReferralOwnership ownership) {
        this.ownership = ownership;
        this.store = store;
        this.organizations = organizations;
        this.events = events;
        this.properties = properties;
    }

    /**
     * The organizations {@code targets} name, checked (400 naming the entry): a known partner, or the
     * vendor where {@code vendorAllowed}; not the actor's own; each once. An entry without its own
     * invite context takes {@code fallback}; a partner asking a partner must say what help it wants.
     */
    Mono<List<Invitee>> resolve(
            Actor actor,
            List<Referral.Target> targets,
            Referral.@Nullable InviteContext fallback,
            boolean vendorAllowed) {
        List<FieldError> errors = new ArrayList<>();
        if (targets.size() > MAX_PARTIES - 1) {
            errors.add(new FieldError(
                    "target",
                    "At most " + (MAX_PARTIES - 1) + " organizations can be invited: " + "an engagement has at most "
                            + MAX_PARTIES + " parties, yours included."));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < targets.size(); i++) {
            Referral.Target t = targets.get(i);
            String at = "target/" + i;
            if (t == null || t.id() == null || t.id().isBlank()) {
                errors.add(new FieldError(at + "/id", "Name the organization to invite."));
            } else if (t.type() != null && !ORGANIZATION_TARGETS.contains(t.type())) {
                errors.add(new FieldError(
                        at + "/type",
                        "'" + t.type() + "' is not a target Co-sell knows; name "
                                + "the organization with type BusinessProfileLocation or Organization."));
            } else if (t.id().equals(actor.organizationId())) {
                errors.add(new FieldError(at + "/id", "Your organization cannot invite itself."));
            } else if (!seen.add(t.id())) {
                errors.add(new FieldError(at + "/id", "'" + t.id() + "' is named twice."));
            }
        }
        if (!errors.isEmpty()) {
            return Mono.error(ApiProblems.invalid(errors));
        }
        return Flux.fromIterable(seen)
                .flatMap(organizations::findById)
                .collectMap(Organization::id)
                .flatMap(found -> {
                    List<Invitee> invitees = new ArrayList<>();
                    for (int i = 0; i < targets.size(); i++) {
                        Referral.Target t = targets.get(i);
                        Organization org = found.get(t.id());
                        boolean allowed = org != null && (org.kind() == Organization.Kind.PARTNER || vendorAllowed);
                        if (!allowed) {
                            errors.add(new FieldError(
                                    "target/" + i + "/id",
                                    "'" + t.id() + "' is not a partner organization in the co-sell directory."));
                            continue;
                        }
                        Referral.InviteContext invite = t.inviteContext() != null ? t.inviteContext() : fallback;
                        if (invite != null
                                && invite.notes() != null
                                && invite.notes().length() > ReferralValidation.NOTES_MAX) {
                            errors.add(new FieldError(
                                    "target/" + i + "/inviteContext/notes",
                                    "At most " + ReferralValidation.NOTES_MAX + " characters."));
                        }
                        if (!actor.isVendor()
                                && org.kind() == Organization.Kind.PARTNER
                                && (invite == null || invite.assistanceRequestCode() == null)) {
                            errors.add(new FieldError(
                                    "target/" + i + "/inviteContext/assistanceRequestCode",
                                    "Say what help you want from " + org.name() + "."));
                        }
                        invitees.add(new Invitee(org, invite));
                    }
                    return errors.isEmpty() ? Mono.just(invitees) : Mono.error(ApiProblems.invalid(errors));
                });
    }

    /** The vendor's copy of a partner's deal shared with it as a request for help. */
    public Mono<Void> shareWithVendor(Referral deal, Actor actor, Instant now) {
        return organizations
                .vendor()
                .flatMap(vendor -> invite(actor, deal, List.of(new Invitee(vendor, deal.inviteContext())), now));
    }

    /**
     * Adds each invitee's {@code New/Received} copy of {@code owner}'s deal. Each copy writes its
     * {@code referral-created} event, and every party already in the engagement (and each earlier
     * invitee) its {@code related-referral-created}. The engagement is locked for the transaction, so
     * concurrent invitations count each other.
     */
    Mono<Void> invite(Actor actor, Referral owner, List<Invitee> invitees, Instant now) {
        if (invitees.isEmpty()) {
            return Mono.empty();
        }
        return store.lockEngagement(owner.engagementId())
                .then(store.engagement(owner.engagementId()).collectList())
                .flatMap(rows -> {
                    // The owner's copy is among them, also when created in this transaction.
                    List<Referral> parties = new ArrayList<>(
                            rows.stream().map(StoredReferral::referral).toList());
                    Set<String> present =
                            parties.stream().map(Referral::organizationId).collect(Collectors.toSet());
                    for (Invitee i : invitees) {
                        if (present.contains(i.organization().id())) {
                            return Mono.error(ApiProblems.conflict(
                                    i.organization().name() + " is already a party of this engagement.", List.of()));
                        }
                    }
                    if (present.size() + invitees.size() > MAX_PARTIES) {
                        return Mono.error(ApiProblems.conflict(
                                "An engagement has at most " + MAX_PARTIES
                                        + " parties; this one has " + present.size() + ", so at most "
                                        + (MAX_PARTIES - present.size()) + " more can be invited.",
                                List.of()));
                    }
                    List<Referral> copies = new ArrayList<>();
                    List<NewEvent> written = new ArrayList<>();
                    for (Invitee i : invitees) {
                        Referral copy = ReferralCopies.incomingFor(
                                owner,
                                i.invite(),
                                i.organization(),
                                actor.organization(),
                                now,
                                now.plus(properties.expiry()));
                        written.add(ReferralEvents.of(EventType.REFERRAL_CREATED, copy, actor, now, List.of()));
                        for (Referral p : parties) {
                            written.add(
                                    ReferralEvents.related(EventType.RELATED_REFERRAL_CREATED, p, copy, actor, now));
                        }
                        parties.add(copy);
                        copies.add(copy);
                    }
                    // Each copy is routed to its owner before the events that notify of it are written.
                    return Flux.fromIterable(copies)
                            .concatMap(c -> store.insert(c).then(ownership.received(c, actor, now)))
                            .collectList()
                            .flatMap(routed -> {
                                routed.forEach(written::addAll);
                                return events.appendAll(written).then();
                            });
                });
    }

    /**
     * The sender closes an invitation not yet answered: the invitee's copy becomes {@code Closed/Expired}
     * with the reason {@link #WITHDRAWN}; the invitee's event names the sending organization, not its people.
     */
    Mono<Void> withdraw(Actor actor, Referral owner, String organizationId, Instant now) {
        if (owner.direction() != Direction.Outgoing) {
            return Mono.error(
                    ApiProblems.conflict("Only the organization that sent an invitation can withdraw it.", List.of()));
        }
        return store.lockEngagement(owner.engagementId())
                .then(store.engagement(owner.engagementId()).collectList())
                .flatMap(rows -> {
                    Map<String, StoredReferral> byOrg = rows.stream()
                            .collect(Collectors.toMap(s -> s.referral().organizationId(), Function.identity()));
                    StoredReferral invited = byOrg.get(organizationId);
                    Referral r = invited == null ? null : invited.referral();
                    String invitedBy = r == null
                                    || r.inviteContext() == null
                                    || r.inviteContext().invitedBy() == null
                            ? null
                            : r.inviteContext().invitedBy().organizationId();
                    if (r == null || !actor.organizationId().equals(invitedBy)) {
                        return Mono.error(ApiProblems.notFound("An invitation of '" + organizationId
                                + "' sent by your organization in this engagement"));
                    }
                    if (r.stage() != Stage.RECEIVED) {
                        return Mono.error(ApiProblems.conflict(
                                r.organizationName() + " already answered (" + r.stage()
                                        + "); only an invitation not yet answered can be withdrawn.",
                                List.of()));
                    }
                    Referral closed = r.toBuilder()
                            .status(Stage.EXPIRED.status())
                            .substatus(Stage.EXPIRED.substatus())
                            .statusReason(WITHDRAWN)
                            .updatedDateTime(now)
                            .closedDateTime(now)
                            .build();
                    List<NewEvent> written = new ArrayList<>();
                    written.add(new NewEvent(
                            EventType.REFERRAL_UPDATED,
                            r.organizationId(),
                            r.id(),
                            r.engagementId(),
                            null,
                            actor.organization().name(),
                            now,
                            List.of(
                                    new Change(
                                            "/status",
                                            r.status().name(),
                                            closed.status().name()),
                                    new Change(
                                            "/substatus",
                                            r.substatus().name(),
                                            closed.substatus().name()),
                                    new Change("/statusReason", null, WITHDRAWN))));
                    rows.stream()
                            .map(StoredReferral::referral)
                            .filter(p -> !p.id().equals(r.id()))
                            .forEach(p -> written.add(
                                    ReferralEvents.related(EventType.RELATED_REFERRAL_UPDATED, p, closed, actor, now)));
                    return store.update(closed, invited.version())
                            .switchIfEmpty(Mono.error(() -> ApiProblems.conflict(
                                    r.organizationName()
                                            + " answered meanwhile; only an invitation not yet answered can be withdrawn.",
                                    List.of())))
                            .then(events.appendAll(written).then());
                });
    }
}
