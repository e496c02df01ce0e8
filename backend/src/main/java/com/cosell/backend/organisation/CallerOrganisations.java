package com.cosell.backend.organisation;

import com.cosell.backend.identity.Caller;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Resolves the caller's organisation, refusing callers whose organisation is unknown. Every request
 * needs it, and organisations are registered by migrations, not through the API: a found one is
 * remembered for {@link #KEEP}, so a rename shows within that; an unknown one is asked for each time.
 */
@Component
public class CallerOrganisations {

    static final Duration KEEP = Duration.ofSeconds(30);

    private record Remembered(Organisation organisation, long at) {
    }

    private final OrganisationRepository organisations;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    CallerOrganisations(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    public Mono<Organisation> of(Caller caller) {
        String id = caller.organisationId();
        if (id == null) {
            return Mono.error(new OrganisationNotRegisteredException(null));
        }
        Remembered r = remembered.get(id);
        long now = System.nanoTime();
        if (r != null && now - r.at() < KEEP.toNanos()) {
            return Mono.just(r.organisation());
        }
        return organisations.findById(id)
                .doOnNext(org -> remembered.put(id, new Remembered(org, now)))
                .switchIfEmpty(Mono.error(() -> new OrganisationNotRegisteredException(id)));
    }
}
