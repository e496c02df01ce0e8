package com.cosell.backend.owner;

import com.cosell.backend.support.Api;
import com.cosell.backend.support.Deals;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** The owner and routing calls of the tests, over {@link Api}. */
final class Owners {

    static final String ROUTING = "/v1.0/routing-rules";

    final Api api;

    Owners(WebTestClient client) {
        this.api = new Api(client);
    }

    /** Each signs in once: Co-sell knows people from their calls. */
    void signIn(String... users) {
        for (String user : users) {
            api.get(user, "/v1.0/me").expectStatus().isOk();
        }
    }

    WebTestClient.ResponseSpec assign(String user, String referral, String person) {
        return api.call(
                HttpMethod.PUT, user, Api.REFERRALS + "/" + referral + "/owner", "{\"id\": \"" + person + "\"}");
    }

    WebTestClient.ResponseSpec unassign(String user, String referral) {
        return api.call(HttpMethod.DELETE, user, Api.REFERRALS + "/" + referral + "/owner", null);
    }

    /** The owner's id as the referral shows it to {@code user}, or null. */
    String owner(String user, String referral) {
        JsonNode owner = api.read(user, Api.REFERRALS + "/" + referral).get("owner");
        return owner == null ? null : owner.get("id").asString();
    }

    /** The contoso copy of a seller's referral to contoso about a customer in {@code country}. */
    String sentToContoso(String name, String country) {
        String engagement = api.create(
                        "mia", Deals.sellerReferral(name, "contoso").replace("\"US\"", "\"" + country + "\""))
                .get("engagementId")
                .asString();
        return api.engagement("bob", engagement).get(0).get("id").asString();
    }

    WebTestClient.ResponseSpec rule(String user, String body) {
        return api.post(user, ROUTING, body);
    }

    /** Deletes every routing rule of contoso, so no other test's referral is routed. */
    void clearRules() {
        List<String> ids = new ArrayList<>();
        api.read("alice", ROUTING).get("value").forEach(r -> ids.add(r.get("id").asString()));
        ids.forEach(id -> api.delete("alice", ROUTING + "/" + id));
    }

    /** The kinds of {@code user}'s notifications about the referral named {@code name}. */
    List<String> notified(String user, String name) {
        List<String> kinds = new ArrayList<>();
        api.read(user, "/v1.0/notifications?top=100").get("value").forEach(n -> {
            if (name.equals(n.path("referralName").asString(""))) {
                kinds.add(n.get("kind").asString());
            }
        });
        return kinds;
    }
}
