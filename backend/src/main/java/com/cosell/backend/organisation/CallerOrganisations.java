package com.cosell.backend.organisation;

import com.cosell.backend.identity.Caller;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Resolves the caller's organisation, refusing callers whose organisation is unknown. */
@Component
public class CallerOrganisations {

    private final OrganisationRepository organisations;

    CallerOrganisations(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    public Mono<Organisation> of(Caller caller) {
        String id = caller.organisationId();
        if (id == null) {
            return Mono.error(new OrganisationNotRegisteredException(null));
        }
        return organisations.findById(id)
                .switchIfEmpty(Mono.error(() -> new OrganisationNotRegisteredException(id)));
    }
}
