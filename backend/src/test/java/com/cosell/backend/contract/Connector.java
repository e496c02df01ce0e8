package com.cosell.backend.contract;

import com.cosell.backend.support.Api;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Calls Co-sell the way the Power Automate "Partner Center Referrals" connector does: its paths
 * (with their trailing slashes), its headers ({@code content-type} even on a GET, a correlation id,
 * a caller id) and no {@code Prefer}.
 */
final class Connector {

    static final String REFERRALS = "/v1.0/engagements/referrals";

    private final WebTestClient client;
    private final String base;
    private final Supplier<String> token;

    /** @param base the server's own address: a URI template would fold the connector's "//" into one */
    Connector(WebTestClient client, String base, Supplier<String> token) {
        this.client = client;
        this.base = base;
        this.token = token;
    }

    /** GetAllReferrals, GetReferralById. */
    EntityExchangeResult<String> get(String uri) {
        return client.get()
                .uri(uri)
                .headers(this::headers)
                .header("content-type", "application/json")
                .exchange()
                .expectBody(String.class)
                .returnResult();
    }

    /** A link from an answer ({@code links}, {@code @odata.nextLink}), followed as the URI it is. */
    EntityExchangeResult<String> follow(String link) {
        return client.get()
                .uri(java.net.URI.create(base + link))
                .headers(this::headers)
                .exchange()
                .expectBody(String.class)
                .returnResult();
    }

    /** CreateReferral. */
    EntityExchangeResult<String> create(String body) {
        return client.post()
                .uri(REFERRALS)
                .headers(this::headers)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectBody(String.class)
                .returnResult();
    }

    /** UpdateReferralById: the whole referral, If-Match required. */
    EntityExchangeResult<String> update(String id, String body, String ifMatch) {
        return client.put()
                .uri(REFERRALS + "/" + id)
                .headers(this::headers)
                .header("if-match", ifMatch)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectBody(String.class)
                .returnResult();
    }

    /**
     * PatchReferralById ({@code suffix} ""), CreateDealRegistrationByReferralId ("/") and
     * PatchDealRegistrationByReferralId ("//"): the connector's three PATCH paths.
     */
    EntityExchangeResult<String> patch(String id, String suffix, String operations, @Nullable String ifMatch) {
        // A URI, not a template: the connector's trailing slashes reach the server as they are.
        return client.patch()
                .uri(java.net.URI.create(base + REFERRALS + "/" + id + suffix))
                .headers(h -> {
                    headers(h);
                    if (ifMatch != null) {
                        h.set("if-match", ifMatch);
                    }
                })
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(operations)
                .exchange()
                .expectBody(String.class)
                .returnResult();
    }

    static JsonNode json(EntityExchangeResult<String> result) {
        return Api.json(result.getResponseBody());
    }

    private void headers(org.springframework.http.HttpHeaders h) {
        h.setBearerAuth(token.get());
        h.set("MS-CorrelationId", UUID.randomUUID().toString());
        h.set("X-Caller-Id", "power-automate-flow");
    }
}
