package com.cosell.backend.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.support.Api;
import com.cosell.backend.support.BackendTest;
import com.cosell.backend.support.TestIssuer;
import com.cosell.backend.support.Users;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * The subscription API with the production rules (https only, no internal targets). Targets are in
 * the documentation range 203.0.113.0/24 and the subscriptions disabled: no worker runs here, and
 * none may ever send to them.
 */
@BackendTest
class WebhookApiTest {

    private static final String W = "/v1.0/webhooks";
    private static final String VALID = "{\"url\":\"https://203.0.113.10/hook\",\"eventTypes\":[\"referral-created\","
            + "\"notification-created\"],\"description\":\"CRM\",\"enabled\":false}";

    @Autowired
    WebTestClient client;

    @Autowired
    DatabaseClient db;

    @AfterEach
    void tearDown() {
        db.sql("DELETE FROM webhook_subscription WHERE url LIKE 'https://203.0.113.%'")
                .then()
                .block();
    }

    @Test
    void anAdminManagesItsOrganizationsSubscriptionsAndSeesTheSecretOnce() {
        JsonNode created = json(call("alice", HttpMethod.POST, W, VALID)
                .expectStatus()
                .isCreated()
                .expectHeader()
                .valueMatches("Location", W + "/[0-9a-f-]+"));
        String id = created.get("id").asString();
        assertThat(created.get("secret").asString()).startsWith("whsec_");
        assertThat(created.get("eventTypes"))
                .extracting(JsonNode::asString)
                .containsExactly("referral-created", "notification-created");
        assertThat(created.get("enabled").asBoolean()).isFalse();

        JsonNode read = json(
                call("alice", HttpMethod.GET, W + "/" + id, null).expectStatus().isOk());
        assertThat(read.has("secret")).isFalse();
        assertThat(json(call("alice", HttpMethod.GET, W, null).expectStatus().isOk())
                        .get("value"))
                .anyMatch(s -> s.get("id").asString().equals(id));

        JsonNode changed = json(call(
                        "alice",
                        HttpMethod.PATCH,
                        W + "/" + id,
                        "{\"description\":null,\"eventTypes\":[\"referral-updated\"]}")
                .expectStatus()
                .isOk());
        assertThat(changed.has("description")).isFalse();
        assertThat(changed.get("eventTypes")).extracting(JsonNode::asString).containsExactly("referral-updated");
        assertThat(changed.get("url").asString()).isEqualTo("https://203.0.113.10/hook");

        JsonNode rotated = json(call("alice", HttpMethod.POST, W + "/" + id + "/rotate-secret", "")
                .expectStatus()
                .isOk());
        assertThat(rotated.get("secret").asString())
                .isNotEqualTo(created.get("secret").asString());
        assertThat(json(call("alice", HttpMethod.GET, W + "/" + id + "/deliveries", null)
                                .expectStatus()
                                .isOk())
                        .get("value"))
                .isEmpty();

        call("alice", HttpMethod.DELETE, W + "/" + id, null).expectStatus().isNoContent();
        call("alice", HttpMethod.GET, W + "/" + id, null).expectStatus().isNotFound();
    }

    @Test
    void onlyOrganizationAdminsMayAndAnotherOrganizationsSubscriptionDoesNotExist() {
        String id = json(call("alice", HttpMethod.POST, W, VALID).expectStatus().isCreated())
                .get("id")
                .asString();
        for (String user : List.of("bob", "carol", "mia", "dave")) {
            call(user, HttpMethod.GET, W, null)
                    .expectStatus()
                    .isForbidden()
                    .expectHeader()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON);
            call(user, HttpMethod.POST, W, VALID).expectStatus().isForbidden();
        }
        // The vendor's admin manages the vendor's own subscriptions, and sees none of contoso's.
        String vera = TestIssuer.get().token("vera", "microsoft", "VENDOR_ADMIN");
        String fay = TestIssuer.get().token("fay", "fabrikam", "MPN_ADMIN");
        for (String other : List.of(vera, fay)) {
            for (HttpMethod m : List.of(HttpMethod.GET, HttpMethod.DELETE)) {
                as(other, m, W + "/" + id, null)
                        .expectStatus()
                        .isNotFound()
                        .expectHeader()
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON);
            }
            as(other, HttpMethod.PATCH, W + "/" + id, "{\"enabled\":true}")
                    .expectStatus()
                    .isNotFound();
            for (String action : List.of("rotate-secret", "test")) {
                as(other, HttpMethod.POST, W + "/" + id + "/" + action, "")
                        .expectStatus()
                        .isNotFound();
            }
            as(other, HttpMethod.POST, W + "/" + id + "/replay", "{\"fromSeq\":1}")
                    .expectStatus()
                    .isNotFound();
            as(other, HttpMethod.GET, W + "/" + id + "/deliveries", null)
                    .expectStatus()
                    .isNotFound();
            assertThat(json(as(other, HttpMethod.GET, W, null).expectStatus().isOk())
                            .get("value"))
                    .noneMatch(s -> s.get("id").asString().equals(id));
        }
        as(vera, HttpMethod.POST, W, VALID).expectStatus().isCreated();
        // An MPN admin role in the vendor's organization counts for nothing there.
        as(TestIssuer.get().token("max", "microsoft", "MPN_ADMIN"), HttpMethod.GET, W, null)
                .expectStatus()
                .isForbidden();
    }

    @Test
    void invalidInputIsA400ThatNamesTheField() {
        assertThat(errors(call("alice", HttpMethod.POST, W, "{}"))).containsExactly("url", "eventTypes");
        assertThat(errors(call(
                        "alice",
                        HttpMethod.POST,
                        W,
                        "{\"url\":\"https://203.0.113.10/\",\"eventTypes\":[\"referral-deleted\"]}")))
                .containsExactly("eventTypes");
        assertThat(errors(call("alice", HttpMethod.POST, W, "{\"url\":\"https://203.0.113.10/\",\"eventTypes\":[]}")))
                .containsExactly("eventTypes");
        assertThat(errors(call(
                        "alice",
                        HttpMethod.POST,
                        W,
                        "{\"url\":\"https://203.0.113.10/\",\"eventTypes\":"
                                + "[\"referral-created\"],\"description\":\"" + "x".repeat(501) + "\"}")))
                .containsExactly("description");
        assertThat(errors(call(
                        "alice",
                        HttpMethod.POST,
                        W,
                        "{\"url\":\"https://203.0.113.10/\",\"eventTypes\":"
                                + "[\"referral-created\"],\"colour\":\"red\"}")))
                .containsExactly("colour");
        String id = json(call("alice", HttpMethod.POST, W, VALID).expectStatus().isCreated())
                .get("id")
                .asString();
        assertThat(errors(call("alice", HttpMethod.POST, W + "/" + id + "/replay", "{\"fromSeq\":0}")))
                .containsExactly("fromSeq");
        assertThat(errors(call("alice", HttpMethod.POST, W + "/" + id + "/replay", "{\"fromSeq\":999999999}")))
                .containsExactly("fromSeq");
        assertThat(errors(call("alice", HttpMethod.POST, W + "/" + id + "/redeliver", "{}")))
                .containsExactly("seq");
        call("alice", HttpMethod.GET, W + "/" + id + "/deliveries?top=0", null)
                .expectStatus()
                .isBadRequest();
    }

    /** Production rules: https only, and never an address inside the network Co-sell runs in. */
    @Test
    void internalAndPlainHttpTargetsAreRefusedAtRegistration() {
        for (String url : List.of(
                "http://203.0.113.10/hook",
                "https://127.0.0.1/hook",
                "https://localhost/hook",
                "https://169.254.169.254/latest/meta-data/",
                "https://[fd00:ec2::254]/",
                "https://10.0.0.8/",
                "https://192.168.1.20/",
                "https://100.64.1.1/",
                "https://[::1]:8443/",
                "https://[::ffff:127.0.0.1]/",
                "https://0.0.0.0/",
                "https://224.0.0.1/",
                "https://user:pw@203.0.113.10/")) {
            String body = "{\"url\":\"" + url + "\",\"eventTypes\":[\"referral-created\"]}";
            assertThat(errors(call("alice", HttpMethod.POST, W, body))).as(url).containsExactly("url");
        }
        String id = json(call("alice", HttpMethod.POST, W, VALID).expectStatus().isCreated())
                .get("id")
                .asString();
        assertThat(errors(call("alice", HttpMethod.PATCH, W + "/" + id, "{\"url\":\"https://127.0.0.1/\"}")))
                .containsExactly("url");
    }

    private static List<String> errors(WebTestClient.ResponseSpec response) {
        JsonNode problem = json(
                response.expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        return problem.get("errors")
                .valueStream()
                .map(e -> e.get("field").asString())
                .toList();
    }

    private WebTestClient.ResponseSpec call(String user, HttpMethod method, String uri, String body) {
        return as(Users.token(user), method, uri, body);
    }

    private WebTestClient.ResponseSpec as(String token, HttpMethod method, String uri, String body) {
        var spec = client.method(method).uri(uri).headers(h -> h.setBearerAuth(token));
        return body == null
                ? spec.exchange()
                : spec.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private static JsonNode json(WebTestClient.ResponseSpec response) {
        return Api.json(response.expectBody(String.class).returnResult().getResponseBody());
    }
}
