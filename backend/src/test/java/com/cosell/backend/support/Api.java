package com.cosell.backend.support;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the referral API as a demo user. */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    public static final String REFERRALS = "/v1.0/engagements/referrals";

    private final WebTestClient client;

    public Api(WebTestClient client) {
        this.client = client;
    }

    public WebTestClient.ResponseSpec get(String user, String uri) {
        return client.get()
                .uri(uri(uri))
                .headers(h -> h.setBearerAuth(Users.token(user)))
                .exchange();
    }

    /** Links from the API (nextLink) arrive encoded; the client encodes the template once again. */
    private static String uri(String uri) {
        return URLDecoder.decode(uri, StandardCharsets.UTF_8);
    }

    public WebTestClient.ResponseSpec post(String user, String uri, String body) {
        return client.post()
                .uri(uri)
                .headers(h -> h.setBearerAuth(Users.token(user)))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    public WebTestClient.ResponseSpec patch(String user, String id, String patch, String ifMatch) {
        return client.patch()
                .uri(REFERRALS + "/" + id)
                .headers(h -> {
                    h.setBearerAuth(Users.token(user));
                    h.set("Prefer", "return=representation"); // without it a PATCH answers 204, as in Partner Center
                    if (ifMatch != null) {
                        h.setIfMatch(ifMatch);
                    }
                })
                .contentType(MediaType.parseMediaType("application/json-patch+json"))
                .bodyValue(patch)
                .exchange();
    }

    public WebTestClient.ResponseSpec put(String user, String id, String body, String ifMatch) {
        return client.put()
                .uri(REFERRALS + "/" + id)
                .headers(h -> {
                    h.setBearerAuth(Users.token(user));
                    if (ifMatch != null) {
                        h.setIfMatch(ifMatch);
                    }
                })
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    /** Any method on any path, with a JSON body when given one. */
    public WebTestClient.ResponseSpec call(
            org.springframework.http.HttpMethod method, String user, String uri, String body) {
        WebTestClient.RequestBodySpec spec =
                client.method(method).uri(uri).headers(h -> h.setBearerAuth(Users.token(user)));
        return body == null
                ? spec.exchange()
                : spec.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    /** A DELETE; answers the status. */
    public int delete(String user, String uri) {
        return client.delete()
                .uri(uri)
                .headers(h -> h.setBearerAuth(Users.token(user)))
                .exchange()
                .expectBody(String.class)
                .returnResult()
                .getStatus()
                .value();
    }

    /** Creates a referral and returns its JSON. */
    public JsonNode create(String user, String body) {
        return json(post(user, REFERRALS, body)
                .expectStatus()
                .isCreated()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody());
    }

    public JsonNode read(String user, String uri) {
        return json(get(user, uri)
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody());
    }

    /** The referrals of one engagement that {@code user}'s organization holds. */
    public JsonNode engagement(String user, String engagementId) {
        return read(user, REFERRALS + "?$filter=engagementId eq " + engagementId)
                .get("value");
    }

    public static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    public static Map<String, Object> map(String body) {
        return JSON.readValue(body, Map.class);
    }
}
