package com.cosell.frontend.backend;

import com.cosell.frontend.security.AccessTokens;
import java.util.Map;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/** Calls the backend API as the signed-in user, relaying their access token. */
@Component
public class BackendClient {

    private final RestClient rest;
    private final AccessTokens tokens;

    BackendClient(RestClient.Builder builder, BackendProperties properties, AccessTokens tokens) {
        var requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(properties.timeout());
        requests.setReadTimeout(properties.timeout());
        this.rest = builder.baseUrl(properties.url().toString()).requestFactory(requests).build();
        this.tokens = tokens;
    }

    public Me me(Authentication user) {
        return call(() -> rest.get().uri("/v1.0/me")
                .headers(h -> h.setBearerAuth(tokens.of(user)))
                .retrieve().body(Me.class));
    }

    private <T> T call(java.util.function.Supplier<T> request) {
        try {
            return request.get();
        } catch (RestClientResponseException e) {
            throw new BackendException(e.getStatusCode().value(), detail(e), e);
        } catch (ResourceAccessException e) {
            throw new BackendException(0, "The Co-sell service cannot be reached right now.", e);
        }
    }

    /** The problem+json {@code detail} when the backend sent one. */
    private static String detail(RestClientResponseException e) {
        try {
            Map<?, ?> problem = e.getResponseBodyAs(Map.class);
            if (problem != null && problem.get("detail") instanceof String detail) {
                return detail;
            }
        } catch (RuntimeException notJson) {
            // fall through
        }
        return "The Co-sell service answered " + e.getStatusCode().value() + ".";
    }
}
