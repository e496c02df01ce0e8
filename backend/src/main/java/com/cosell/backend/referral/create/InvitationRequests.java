package com.cosell.backend.referral.create;

import com.cosell.api.referral.Direction;
import com.cosell.api.referral.Referral;
import com.cosell.backend.access.AccessControl;
import com.cosell.backend.access.Actor;
import com.cosell.backend.access.Permission;
import com.cosell.backend.identity.Caller;
import com.cosell.backend.referral.ReferralView;
import com.cosell.backend.referral.query.ReferralPresenter;
import com.cosell.backend.referral.query.ReferralQueries;
import com.cosell.backend.web.ApiProblems;
import com.cosell.backend.web.JsonInput;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * Inviting parties to an open deal the caller's organization sent, the Partner Center way: a JSON
 * Patch adding {@code /target/-} entries (one per organization, each with its own
 * {@code inviteContext}); and withdrawing an invitation not yet answered ({@code DELETE
 * …/referrals/{id}/target/{organizationId}}). The rules are {@link Invitations}'.
 */
@Component
public class InvitationRequests {

    private static final String PREFIX = "/target";

    private final Invitations invitations;
    private final ReferralQueries queries;
    private final ReferralPresenter presenter;
    private final AccessControl access;
    private final JsonInput input;
    private final TransactionalOperator tx;
    private final Clock clock;

    InvitationRequests(
            Invitations invitations,
            ReferralQueries queries,
            ReferralPresenter presenter,
            AccessControl access,
            JsonInput input,
            TransactionalOperator tx,
            Clock clock) {
        this.invitations = invitations;
        this.queries = queries;
        this.presenter = presenter;
        this.access = access;
        this.input = input;
        this.tx = tx;
        this.clock = clock;
    }

    /** Whether the patch invites parties (then it must do nothing else). */
    public static boolean isInvitation(JsonNode patch) {
        if (!(patch instanceof ArrayNode ops)) {
            return false;
        }
        boolean any = false;
        boolean other = false;
        for (JsonNode op : ops) {
            String path = op.path("path").asString("");
            boolean target = path.equals(PREFIX) || path.startsWith(PREFIX + "/");
            any |= target;
            other |= !target;
        }
        if (any && other) {
            throw ApiProblems.badRequest("A patch that invites parties cannot change anything else; "
                    + "send the other changes in a patch of their own.");
        }
        return any;
    }

    /** Invites the organizations the patch's {@code add /target/-} operations name. */
    public Mono<ReferralView> invite(Caller caller, UUID id, JsonNode patch, @Nullable String ifMatch) {
        List<Referral.Target> targets = new ArrayList<>();
        int index = 0;
        for (JsonNode op : patch) {
            String where = "operation " + index++;
            if (!"add".equals(op.path("op").asString(""))
                    || !op.path("path").asString("").matches("/target/(-|\\d+)")
                    || !op.path("value").isObject()) {
                return Mono.error(ApiProblems.badRequest(where + ": invite with {\"op\": \"add\", \"path\": "
                        + "\"/target/-\", \"value\": {\"type\": \"BusinessProfileLocation\", \"id\": \"…\", "
                        + "\"inviteContext\": {…}}}; withdraw with DELETE …/target/{organizationId}."));
            }
            targets.add(input.read(op.get("value"), Referral.Target.class));
        }
        return onOwnDeal(
                caller,
                id,
                ifMatch,
                true,
                (actor, owner) -> invitations
                        .resolve(actor, targets, owner.inviteContext(), false)
                        .flatMap(invitees -> invitations.invite(actor, owner, invitees, clock.instant())));
    }

    /** Allowed on a closed deal too: an invitation it left unanswered may still be withdrawn. */
    public Mono<ReferralView> withdraw(Caller caller, UUID id, String organizationId) {
        return onOwnDeal(
                caller,
                id,
                null,
                false,
                (actor, owner) -> invitations.withdraw(actor, owner, organizationId, clock.instant()));
    }

    /** Runs {@code work} in one transaction on the caller's open outgoing referral; answers with it. */
    private Mono<ReferralView> onOwnDeal(
            Caller caller,
            UUID id,
            @Nullable String ifMatch,
            boolean mustBeOpen,
            BiFunction<Actor, Referral, Mono<Void>> work) {
        return access.require(caller, Permission.SEND_REFERRALS)
                .flatMap(actor -> queries.find(actor, id).flatMap(stored -> {
                    Referral owner = stored.referral();
                    if (ifMatch != null && !ifMatch.equals("*") && !ifMatch.equals(stored.eTag())) {
                        return Mono.error(ApiProblems.stale(stored.eTag()));
                    }
                    if (owner.direction() != Direction.Outgoing) {
                        return Mono.error(ApiProblems.conflict(
                                "Only the organization that created the deal or "
                                        + "sent the referral invites parties to it or withdraws their invitations.",
                                List.of()));
                    }
                    if (mustBeOpen && (owner.stage() == null || owner.stage().isClosed())) {
                        return Mono.error(ApiProblems.conflict(
                                "The referral is closed (" + owner.stage() + "): nobody can be invited to it any more.",
                                List.of()));
                    }
                    return tx.transactional(work.apply(actor, owner))
                            .then(Mono.defer(() -> queries.find(actor, id)).flatMap(s -> presenter.one(actor, s)));
                }));
    }
}
