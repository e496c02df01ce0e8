package com.cosell.frontend.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.stereotype.Component;

/** The access token to relay to the backend for a user, fresh (refreshed when expired). */
@Component
public class AccessTokens {

    private final OAuth2AuthorizedClientManager manager;

    AccessTokens(OAuth2AuthorizedClientManager manager) {
        this.manager = manager;
    }

    /**
     * @throws SessionExpiredException when there is no valid token and none can be refreshed:
     *                                 the user has to sign in again
     */
    public String of(Authentication user) {
        OAuth2AuthorizedClient client;
        try {
            client = manager.authorize(OAuth2AuthorizeRequest.withClientRegistrationId(SecurityConfig.REGISTRATION)
                    .principal(user).build());
        } catch (RuntimeException e) {
            throw new SessionExpiredException(e);
        }
        if (client == null) {
            throw new SessionExpiredException(null);
        }
        return client.getAccessToken().getTokenValue();
    }
}
