package com.cosell.backend.me;

import com.cosell.backend.identity.Caller;
import com.cosell.backend.organisation.CallerOrganisations;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Who am I: open to every signed-in user with a registered organisation, also those without a
 * role, so that the UI can tell them they have no access rather than fail.
 */
@RestController
class MeController {

    private final CallerOrganisations organisations;

    MeController(CallerOrganisations organisations) {
        this.organisations = organisations;
    }

    @GetMapping("/v1.0/me")
    Mono<MeResponse> me(Caller caller) {
        return organisations.of(caller).map(org -> MeResponse.of(caller, org));
    }
}
