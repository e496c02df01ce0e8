package com.cosell.backend.comment;

import com.cosell.backend.support.Api;
import com.cosell.backend.support.Deals;
import com.cosell.backend.support.Users;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** Calls the comment API as a demo user (or with any token), for the comment tests. */
final class Comments {

    private final WebTestClient client;
    private final Api api;

    Comments(WebTestClient client) {
        this.client = client;
        this.api = new Api(client);
    }

    Api api() {
        return api;
    }

    static String path(String referral) {
        return Api.REFERRALS + "/" + referral + "/comments";
    }

    static String body(String channel, String text, String... mentions) {
        return "{\"channel\": \"" + channel + "\", \"body\": \"" + text + "\", \"mentions\": ["
                + Arrays.stream(mentions).map(m -> "\"" + m + "\"").collect(Collectors.joining(", ")) + "]}";
    }

    WebTestClient.ResponseSpec post(String user, String referral, String body) {
        return api.post(user, path(referral), body);
    }

    JsonNode write(String user, String referral, String channel, String text, String... mentions) {
        return Api.json(post(user, referral, body(channel, text, mentions))
                .expectStatus()
                .isCreated()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody());
    }

    JsonNode thread(String user, String referral) {
        return api.read(user, path(referral));
    }

    int status(WebTestClient.ResponseSpec spec) {
        return spec.expectBody(String.class).returnResult().getStatus().value();
    }

    WebTestClient.ResponseSpec edit(String user, String referral, String comment, String body) {
        return client.patch()
                .uri(path(referral) + "/" + comment)
                .headers(h -> h.setBearerAuth(Users.token(user)))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    WebTestClient.ResponseSpec delete(String user, String referral, String comment) {
        return client.delete()
                .uri(path(referral) + "/" + comment)
                .headers(h -> h.setBearerAuth(Users.token(user)))
                .exchange();
    }

    /** A seller's referral to contoso: {mia's referral, bob's copy}. */
    String[] sentToContoso(String name) {
        JsonNode sent = api.create("mia", Deals.sellerReferral(name, "contoso"));
        String copy = api.engagement("bob", sent.get("engagementId").asString())
                .get(0)
                .get("id")
                .asString();
        return new String[] {sent.get("id").asString(), copy};
    }
}
