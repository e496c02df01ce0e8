package com.cosell.backend.owner;

import com.cosell.api.referral.Owner;
import com.cosell.api.referral.Referral;
import com.cosell.backend.access.AccessControl;
import com.cosell.backend.access.Permission;
import com.cosell.backend.identity.Caller;
import com.cosell.backend.referral.ReferralView;
import com.cosell.backend.web.JsonInput;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A referral's owner, and the people who may own the caller's organization's referrals. */
@RestController
class OwnerController {

    static final String OWNER = "/v1.0/engagements/referrals/{id}/owner";
    static final String PEOPLE = "/v1.0/people";

    private final OwnerChanges changes;
    private final People people;
    private final AccessControl access;
    private final JsonInput input;

    OwnerController(OwnerChanges changes, People people, AccessControl access, JsonInput input) {
        this.changes = changes;
        this.people = people;
        this.access = access;
        this.input = input;
    }

    /** What a client sends to assign: the person's id. */
    record Assignment(@Nullable String id) {}

    /** The people listed, each as a referral's {@code owner} shows them. */
    record PeopleList(List<Owner> value) {}

    @PutMapping(path = OWNER, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Assign the referral to a person of its organization ({id}): admins, or its owner handing over")
    Mono<Referral> assign(Caller caller, @PathVariable UUID id, @RequestBody String body) {
        return Mono.fromCallable(() -> input.read(input.tree(body), Assignment.class))
                .flatMap(a -> changes.assign(caller, id, a.id()))
                .map(ReferralView::referral);
    }

    @DeleteMapping(OWNER)
    @Operation(summary = "Leave the referral unassigned: admins, or its owner")
    Mono<Referral> unassign(Caller caller, @PathVariable UUID id) {
        return changes.unassign(caller, id).map(ReferralView::referral);
    }

    @GetMapping(PEOPLE)
    @Operation(summary = "The people of the caller's organization who may own its referrals (signed in at least once)")
    Mono<PeopleList> people(Caller caller) {
        return access.require(caller, Permission.READ)
                .flatMap(actor -> people.of(actor.organization()).collectList())
                .map(PeopleList::new);
    }
}
