package com.cosell.backend.organization;

import com.cosell.backend.identity.Caller;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Resolves the caller's organization, refusing callers whose organization is unknown. Every request
 * needs it, and organizations are registered by migrations, not through the API: a found one is
 * remembered for {@link #KEEP}, so a rename shows within that; an unknown one is asked for each time.
 */
@Component
public class CallerOrganizations {

    static final Duration KEEP = Duration.ofSeconds(30);

    private record Remembered(Organization organization, long at) {}

    private final OrganizationRepository organizations;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    CallerOrganizations(OrganizationRepository organizations) {
        this.organizations = organizations;
    }

    public Mono<Organization> of(Caller caller) {
        String id = caller.organizationId();
        if (id == null) {
            return Mono.error(new OrganizationNotRegisteredException(null));
        }
        Remembered r = remembered.get(id);
        long now = System.nanoTime();
        if (r != null && now - r.at() < KEEP.toNanos()) {
            return Mono.just(r.organization());
        }
        return organizations
                .findById(id)
                .doOnNext(org -> remembered.put(id, new Remembered(org, now)))
                .switchIfEmpty(Mono.error(() -> new OrganizationNotRegisteredException(id)));
    }
}
