package com.cosell.backend.presence;

import com.cosell.backend.access.Actor;
import com.cosell.backend.identity.Caller;
import com.cosell.backend.referral.ReferralService;
import com.cosell.backend.web.ApiProblems;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * A page that shows a referral says it is open (and again with every heartbeat) and, when it
 * closes, that it left. Only people who may read the referral take part, and the people of every
 * party to its engagement see them (and nobody else does): presence crosses organizations exactly
 * as far as the deal does.
 */
@RestController
@RequestMapping("/v1.0/engagements/referrals/{id}/viewers/{viewId}")
class PresenceController {

    /** A page's own id: it chooses it (a UUID in the workspace); bounded so a beat stays small. */
    private static final Pattern VIEW_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private final ReferralService referrals;
    private final PresenceRelay relay;
    private final PresenceBoard board;

    PresenceController(ReferralService referrals, PresenceRelay relay, PresenceBoard board) {
        this.referrals = referrals;
        this.relay = relay;
        this.board = board;
    }

    /** Here (again): answers who has the deal open now, in any party, the caller included. */
    @PutMapping
    Mono<ViewersResponse> beat(Caller caller, @PathVariable UUID id, @PathVariable String viewId) {
        return beat(caller, id, viewId, false).map(beat -> {
            List<PresenceBoard.Viewer> people =
                    new ArrayList<>(board.viewers(beat.viewer().organizationId(), beat.engagementId()));
            // This beat may not have come back from PostgreSQL yet.
            if (people.stream().noneMatch(v -> v.id().equals(caller.id()))) {
                people.add(beat.viewer());
            }
            return new ViewersResponse(people);
        });
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> leave(Caller caller, @PathVariable UUID id, @PathVariable String viewId) {
        return beat(caller, id, viewId, true).then();
    }

    private Mono<PresenceBoard.Beat> beat(Caller caller, UUID id, String viewId, boolean leaving) {
        if (!VIEW_ID.matcher(viewId).matches()) {
            return Mono.error(ApiProblems.badRequest("viewId must be 1 to 64 letters, digits or dashes."));
        }
        return referrals.parties(caller, id).flatMap(parties -> {
            Actor actor = parties.actor();
            var viewer = new PresenceBoard.Viewer(
                    caller.id(),
                    actor.displayName(),
                    actor.organizationId(),
                    actor.organization().name());
            var beat = new PresenceBoard.Beat(parties.engagementId(), parties.copies(), viewId, viewer, leaving);
            return relay.send(beat).thenReturn(beat);
        });
    }

    record ViewersResponse(List<PresenceBoard.Viewer> value) {}
}
