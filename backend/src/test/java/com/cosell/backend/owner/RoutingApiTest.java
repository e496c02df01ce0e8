package com.cosell.backend.owner;

import static com.cosell.backend.support.Api.REFERRALS;
import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.support.Api;
import com.cosell.backend.support.BackendTest;
import com.cosell.backend.support.Deals;
import com.cosell.backend.support.TestIssuer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Routing rules: the first matching rule by precedence owns a new inbound referral, in its
 * transaction (the history and the notification say so); a group takes turns; a taken precedence is
 * refused and a shadowed rule is flagged. Contoso's rules are removed after each test, and match only
 * customers in New Zealand or Norway, which no other test uses.
 */
@BackendTest
class RoutingApiTest {

    @Autowired
    WebTestClient client;

    Owners owners;

    @BeforeEach
    void setUp() {
        owners = new Owners(client);
        owners.signIn("alice", "bob", "carol", "mia", "dave");
    }

    @AfterEach
    void clear() {
        owners.clearRules();
    }

    @Test
    void theFirstMatchingRuleOwnsANewInboundReferral() {
        created(owners.rule("alice", rule(2, "NZ", null, "id-alice")));
        created(owners.rule("alice", rule(1, "nz", Deals.AZURE, "id-bob")));
        String name = "Routed " + System.nanoTime();
        String routed = owners.sentToContoso(name, "NZ");
        assertThat(owners.owner("alice", routed)).isEqualTo("id-bob");
        JsonNode history = owners.api.read("bob", REFERRALS + "/" + routed + "/history");
        assertThat(history.get(0).get("type").asString()).isEqualTo("referral-created");
        JsonNode change = history.get(1).get("changes").get(0);
        assertThat(change.get("path").asString()).isEqualTo("/owner");
        assertThat(change.get("to").get("id").asString()).isEqualTo("id-bob");
        assertThat(change.get("to").has("routingRule")).isTrue();
        // The new inbound referral's notification is for its owner (and the admins).
        assertThat(owners.notified("bob", name)).containsExactly("NEW_INBOUND");
        assertThat(owners.notified("alice", name)).containsExactly("NEW_INBOUND");
        // No rule for this country: unassigned, as before.
        String other = owners.sentToContoso("Unrouted " + System.nanoTime(), "DE");
        assertThat(owners.owner("alice", other)).isNull();
        // The vendor's own copy is the seller's: the partner's rules never reach another organization.
        assertThat(owners.api
                        .read("mia", REFERRALS + "?owner=id-bob&$filter=startswith(name,'" + name + "')")
                        .get("value"))
                .isEmpty();
    }

    @Test
    void aGroupTakesTurns() {
        created(owners.rule("alice", rule(1, "NO", null, "id-alice", "id-bob")));
        List<String> turns = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            turns.add(owners.owner("bob", owners.sentToContoso("Turn " + i + " " + System.nanoTime(), "NO")));
        }
        assertThat(turns).containsExactly("id-alice", "id-bob", "id-alice", "id-bob");
    }

    @Test
    void aTurnSkipsSomeoneWhoHasLeft() {
        signInAs("erin", "REFERRAL_ADMIN");
        created(owners.rule("alice", rule(1, "NO", null, "id-erin", "id-alice", "id-bob")));
        signInAs("erin"); // her roles are gone: she no longer works contoso's referrals
        List<String> turns = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            turns.add(owners.owner("bob", owners.sentToContoso("Left " + i + " " + System.nanoTime(), "NO")));
        }
        assertThat(turns).containsExactly("id-alice", "id-alice", "id-bob");
    }

    @Test
    void aRegionMatchesEachOfItsCountriesAndShadowsARuleInside() {
        String region = "{\"precedence\": 1, \"countries\": [\"nz\", \"NO\"], \"owners\": [\"id-bob\"]}";
        JsonNode nordicsAndNz = created(owners.rule("alice", region));
        assertThat(nordicsAndNz.get("rule").get("countries").toString()).isEqualTo("[\"NZ\",\"NO\"]");
        JsonNode inside = created(owners.rule("alice", rule(2, "NO", null, "id-alice")));
        assertThat(inside.get("warnings").get(0).asString()).contains("rule 1 (NZ, NO × any solution)");
        assertThat(owners.owner("alice", owners.sentToContoso("Region NO " + System.nanoTime(), "NO")))
                .isEqualTo("id-bob");
        assertThat(owners.owner("alice", owners.sentToContoso("Region NZ " + System.nanoTime(), "NZ")))
                .isEqualTo("id-bob");
        String bad = "{\"precedence\": 3, \"countries\": [\"NZ\", \"Norway\"], \"owners\": [\"id-bob\"]}";
        JsonNode refused = json(owners.rule("alice", bad)
                .expectStatus()
                .isBadRequest()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody());
        assertThat(refused.get("errors").findValuesAsString("field")).containsExactly("countries/1");
    }

    /** A contoso person known to Co-sell with these roles now (a sign-in updates them). */
    private void signInAs(String user, String... roles) {
        client.get()
                .uri("/v1.0/me")
                .headers(h -> h.setBearerAuth(TestIssuer.get().token(user, "contoso", roles)))
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void aTakenPrecedenceIsRefusedAndAShadowedRuleIsFlagged() {
        JsonNode any = created(owners.rule("alice", rule(1, "NZ", null, "id-alice")));
        assertThat(any.get("warnings")).isEmpty();
        JsonNode taken = json(owners.rule("alice", rule(1, "NZ", Deals.AZURE, "id-bob"))
                .expectStatus()
                .isEqualTo(409)
                .expectBody(String.class)
                .returnResult()
                .getResponseBody());
        assertThat(taken.get("detail").asString()).contains("Precedence 1 is already taken");
        JsonNode shadowed = created(owners.rule("alice", rule(5, "NZ", Deals.AZURE, "id-bob")));
        assertThat(shadowed.get("warnings").get(0).asString())
                .contains("Never applies")
                .contains("rule 1");
        JsonNode listed = owners.api.read("alice", Owners.ROUTING).get("value");
        assertThat(listed.get(1).get("shadowedBy").asString())
                .isEqualTo(any.get("rule").get("id").asString());
        // Moving the broad rule after the narrow one ends the shadow.
        String broad = any.get("rule").get("id").asString();
        owners.api
                .call(HttpMethod.PUT, "alice", Owners.ROUTING + "/" + broad, rule(9, "NZ", null, "id-alice"))
                .expectStatus()
                .isOk();
        JsonNode now =
                owners.api.read("alice", Owners.ROUTING).get("value").get(0).path("shadowedBy");
        assertThat(now.isMissingNode() || now.isNull()).isTrue();
    }

    @Test
    void badRulesAreRefusedWithEveryFieldNamed() {
        JsonNode bad = json(owners.rule("alice", """
                        {"precedence": 0, "country": "Korea", "solutionId": "nope", "owners": []}""")
                .expectStatus()
                .isBadRequest()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody());
        assertThat(bad.get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("precedence", "country", "solutionId", "owners");
        JsonNode people = json(owners.rule("alice", rule(1, "NZ", null, "id-carol", "id-nobody"))
                .expectStatus()
                .isBadRequest()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody());
        assertThat(people.get("errors").findValuesAsString("field")).containsExactly("owners/0", "owners/1");
        owners.rule("bob", rule(1, "NZ", null, "id-bob")).expectStatus().isForbidden();
        owners.rule("carol", rule(1, "NZ", null, "id-carol")).expectStatus().isForbidden();
        assertThat(owners.api.read("alice", Owners.ROUTING).get("value")).isEmpty();
    }

    private static String rule(int precedence, String country, String solution, String... people) {
        return "{\"precedence\": " + precedence + ", \"country\": \"" + country + "\""
                + (solution == null ? "" : ", \"solutionId\": \"" + solution + "\"")
                + ", \"owners\": [\"" + String.join("\", \"", people) + "\"]}";
    }

    private static JsonNode created(WebTestClient.ResponseSpec response) {
        return json(response.expectStatus()
                .isCreated()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody());
    }

    private static JsonNode json(String body) {
        return Api.json(body);
    }
}
