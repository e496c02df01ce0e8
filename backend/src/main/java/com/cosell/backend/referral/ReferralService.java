package com.cosell.backend.referral;

import com.cosell.api.referral.HistoryEntry;
import com.cosell.api.referral.Referral;
import com.cosell.api.registration.DealRegistration;
import com.cosell.backend.access.Actor;
import com.cosell.backend.identity.Caller;
import com.cosell.backend.referral.change.ReferralChanges;
import com.cosell.backend.referral.create.InvitationRequests;
import com.cosell.backend.referral.create.ReferralCreation;
import com.cosell.backend.referral.query.ReferralQueries;
import com.cosell.backend.referral.query.ShownJson;
import com.cosell.backend.referral.registration.RegistrationPatch;
import com.cosell.backend.referral.registration.RegistrationService;
import com.cosell.backend.web.ApiProblems;
import com.cosell.backend.web.JsonInput;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * The referral use cases in one place for callers outside the package: reading
 * ({@link ReferralQueries}), creating ({@link ReferralCreation}) and changing ({@link ReferralChanges}),
 * inviting parties ({@link InvitationRequests}), and deal registration through a referral's JSON Patch
 * as Partner Center does it.
 */
@Service
public class ReferralService {

    private final ReferralQueries queries;
    private final ReferralCreation creation;
    private final ReferralChanges changes;
    private final RegistrationService registrations;
    private final InvitationRequests invitations;
    private final JsonInput input;

    ReferralService(
            ReferralQueries queries,
            ReferralCreation creation,
            ReferralChanges changes,
            RegistrationService registrations,
            InvitationRequests invitations,
            JsonInput input) {
        this.queries = queries;
        this.creation = creation;
        this.changes = changes;
        this.registrations = registrations;
        this.invitations = invitations;
        this.input = input;
    }

    public Mono<ReferralView> get(Caller caller, UUID id) {
        return queries.get(caller, id);
    }

    /** One referral as the caller sees it, as the JSON a GET answers. */
    public Mono<ShownJson.Shown> shown(Caller caller, UUID id) {
        return queries.shown(caller, id);
    }

    /** A page of the list as the JSON a list answers. */
    public Mono<String> list(Caller caller, ReferralQuery query) {
        return queries.list(caller, query);
    }

    /** The first {@code $top} referrals of a list as records, for the server's own use. */
    public Mono<java.util.List<ReferralView>> views(Caller caller, ReferralQuery query) {
        return queries.views(caller, query);
    }

    /** The whole list {@code query} selects, in batches, for a CSV export; see {@link ReferralQueries#export}. */
    public Mono<Flux<java.util.List<Referral>>> export(Caller caller, ReferralQuery query, int batch) {
        return queries.export(caller, query, batch);
    }

    /** Withdraws the invitation of {@code organizationId} to the caller's referral, if not yet answered. */
    public Mono<ReferralView> withdraw(Caller caller, UUID id, String organizationId) {
        return invitations.withdraw(caller, id, organizationId);
    }

    /** Every deal registration with this status (all when null), newest first: the vendor side's export. */
    public Flux<DealRegistration> registrations(Caller caller, @Nullable String status) {
        return registrations.toReview(caller, status, Integer.MAX_VALUE);
    }

    /** The caller as a reader of this referral: 403 without a Co-sell role, 404 when their organization has no such referral. */
    public Mono<Actor> reader(Caller caller, UUID id) {
        return queries.reader(caller, id);
    }

    /** The caller as one who may change this referral: 403 / 404 as {@link #reader}, then 403 without the role. */
    public Mono<Actor> changer(Caller caller, UUID id) {
        return changes.changer(caller, id);
    }

    /** A reader of this referral and the parties of its engagement: 403 / 404 as {@link #reader}. */
    public Mono<EngagementParties> parties(Caller caller, UUID id) {
        return queries.parties(caller, id);
    }

    public Flux<HistoryEntry> history(Caller caller, UUID id) {
        return queries.history(caller, id);
    }

    public Flux<Referral.Member> recentContacts(Caller caller) {
        return queries.recentContacts(caller);
    }

    public Mono<ReferralView> create(Caller caller, JsonNode body) {
        return creation.create(caller, body).flatMap(id -> queries.get(caller, id));
    }

    /** Creates as {@link #create} does and answers the new referral as the JSON a GET answers. */
    public Mono<ShownJson.Shown> createShown(Caller caller, JsonNode body) {
        return creation.create(caller, body).flatMap(id -> queries.shown(caller, id));
    }

    public Mono<ReferralView> replace(Caller caller, UUID id, JsonNode body, @Nullable String ifMatch) {
        return changes.replace(caller, id, body, ifMatch);
    }

    /** A JSON Patch: of the referral's fields, of its deal registration, or adding parties ({@code /target/-}). */
    public Mono<ReferralView> patch(Caller caller, UUID id, JsonNode patch, @Nullable String ifMatch) {
        if (InvitationRequests.isInvitation(patch)) {
            return invitations.invite(caller, id, patch, ifMatch);
        }
        if (!RegistrationPatch.isRegistration(patch)) {
            return changes.patch(caller, id, patch, ifMatch);
        }
        return queries.get(caller, id)
                .flatMap(view -> {
                    if (ifMatch != null && !ifMatch.equals("*") && !ifMatch.equals(view.eTag())) {
                        return Mono.error(ApiProblems.stale(view.eTag()));
                    }
                    var shown = view.referral().registrations();
                    JsonNode current = shown == null || shown.isEmpty()
                            ? null
                            : input.mapper().valueToTree(shown.getFirst());
                    RegistrationPatch request = RegistrationPatch.of(patch, current, input);
                    return registrations.submitPartnerCenter(caller, id, request.submission(), request.amend());
                })
                .then(Mono.defer(() -> queries.get(caller, id)));
    }
}
