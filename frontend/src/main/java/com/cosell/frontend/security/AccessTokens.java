package com.cosell.frontend.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.stereotype.Component;

/** The access token to relay to the backend for a user, fresh (refreshed when expired). */
@Component
public class AccessTokens {

    private static final Object[] LOCKS = new Object[64];

    static {
        for (int i = 0; i < LOCKS.length; i++) {
            LOCKS[i] = new Object();
        }
    }

    private final OAuth2AuthorizedClientManager manager;
    private final SignInAvailability signIn;

    AccessTokens(OAuth2AuthorizedClientManager manager, SignInAvailability signIn) {
        this.manager = manager;
        this.signIn = signIn;
    }

    /**
     * @throws SessionExpiredException when there is no valid token and none can be refreshed:
     *                                 the user has to sign in again ({@link SignInUnavailableException}
     *                                 when the identity provider does not answer: not yet)
     */
    public String of(Authentication user) {
        OAuth2AuthorizedClient client;
        // One refresh at a time per user: the identity provider rotates refresh tokens and refuses a
        // used one, so two requests refreshing at once would otherwise sign the user out.
        synchronized (LOCKS[Math.floorMod(user.getName().hashCode(), LOCKS.length)]) {
            try {
                client = manager.authorize(OAuth2AuthorizeRequest.withClientRegistrationId(SecurityConfig.REGISTRATION)
                        .principal(user)
                        .build());
            } catch (RuntimeException e) {
                throw signIn.available() ? new SessionExpiredException(e) : new SignInUnavailableException(e);
            }
        }
        if (client == null) {
            throw new SessionExpiredException(null);
        }
        return client.getAccessToken().getTokenValue();
    }
}
