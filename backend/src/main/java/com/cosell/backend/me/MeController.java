package com.cosell.backend.me;

import com.cosell.backend.identity.Caller;
import com.cosell.backend.organization.CallerOrganizations;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Who am I: open to every signed-in user with a registered organization, also those without a
 * role, so that the UI can tell them they have no access rather than fail.
 */
@RestController
class MeController {

    private final CallerOrganizations organizations;

    MeController(CallerOrganizations organizations) {
        this.organizations = organizations;
    }

    @GetMapping("/v1.0/me")
    Mono<MeResponse> me(Caller caller) {
        return organizations.of(caller).map(org -> MeResponse.of(caller, org));
    }
}
