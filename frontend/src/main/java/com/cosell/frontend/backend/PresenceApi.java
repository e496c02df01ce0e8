package com.cosell.frontend.backend;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * A page's presence on a referral, as the signed-in user: the backend relays it to every instance
 * (and so to every frontend), and lets it go when the page stops saying it is open.
 */
@Component
public class PresenceApi {

    private static final String PATH = "/v1.0/engagements/referrals/{id}/viewers/{viewId}";

    /** A person who has the deal open: of the user's organization, or of another party to the deal. */
    public record Viewer(String id, String name, String organizationId, String organizationName) {}

    private record Viewers(List<Viewer> value) {}

    private final BackendClient backend;

    PresenceApi(BackendClient backend) {
        this.backend = backend;
    }

    /** The page is open (again); answers everyone who has the referral open now, the user included. */
    public List<Viewer> here(Authentication user, String referralId, String viewId) {
        Viewers viewers = backend.call(() -> backend.as(user)
                .build()
                .put()
                .uri(PATH, referralId, viewId)
                .retrieve()
                .body(Viewers.class));
        return viewers == null || viewers.value() == null ? List.of() : viewers.value();
    }

    public void left(Authentication user, String referralId, String viewId) {
        backend.call(() -> backend.as(user)
                .build()
                .delete()
                .uri(PATH, referralId, viewId)
                .retrieve()
                .toBodilessEntity());
    }
}
