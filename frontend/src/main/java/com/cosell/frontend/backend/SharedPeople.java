package com.cosell.frontend.backend;

import com.cosell.api.referral.Owner;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The people who may own an organization's referrals, read once and shared by the organization's
 * sessions for a while. Every Inbound tab offers them as its owner filter; a copy per session grew
 * each session's heap with the organization (about 180 bytes a colleague: bench/vaadin, whose
 * sessions are all one organization's). Any member may read the list, so sharing it within the
 * organization shows nobody more; it is never shared across organizations.
 */
@Component
public class SharedPeople {

    /** The people in the backend's order, and their names by id; immutable, so sessions hold no copy. */
    public record People(List<String> ids, Map<String, String> names) {

        public static final People NONE = new People(List.of(), Map.of());

        static People of(List<Owner> owners) {
            Map<String, String> names = new LinkedHashMap<>();
            owners.forEach(o -> names.putIfAbsent(o.id(), o.name()));
            return new People(List.copyOf(names.keySet()), Map.copyOf(names));
        }
    }

    private record Entry(People people, long at) {}

    private final OwnersApi owners;
    private final long keepNanos;
    private final Map<String, Entry> byOrganization = new ConcurrentHashMap<>();

    SharedPeople(OwnersApi owners, @Value("${cosell.ui.shared-people-ttl:PT30S}") Duration keep) {
        this.owners = owners;
        this.keepNanos = keep.toNanos();
    }

    /**
     * The organization's people, read with {@code reader}'s token when none younger than the keep
     * time are at hand: someone who signs in for the first time appears within it.
     *
     * @param organizationId the reader's organization
     * @throws BackendException when the backend cannot answer (nothing is kept then)
     */
    public People of(Authentication reader, String organizationId) {
        long now = System.nanoTime();
        Entry kept = byOrganization.get(organizationId);
        if (kept != null && now - kept.at() < keepNanos) {
            return kept.people();
        }
        People read = People.of(owners.people(reader));
        if (keepNanos > 0) {
            byOrganization.put(organizationId, new Entry(read, now));
        }
        return read;
    }
}
