package com.cosell.backend.owner;

import static com.cosell.backend.support.Api.REFERRALS;
import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.support.Api;
import com.cosell.backend.support.BackendTest;
import com.cosell.backend.support.Deals;
import com.cosell.backend.support.TestIssuer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Owners: a person's new referral is theirs; admins assign and reassign, an owner hands over, only to
 * people of the organization; the history records it and the new owner alone is notified; the list
 * filters by owner; notifications about an owned referral reach its owner and the admins only.
 */
@BackendTest
class OwnerApiTest {

    /** A second referral admin of contoso: neither admin nor owner of what bob owns. */
    static final String RON = TestIssuer.get().token("ron", "contoso", "REFERRAL_ADMIN");

    @Autowired
    WebTestClient client;

    Owners owners;

    @BeforeEach
    void setUp() {
        owners = new Owners(client);
        owners.signIn("alice", "bob", "carol", "mia", "dave");
        read(RON, "/v1.0/me");
    }

    @Test
    void aNewDealIsItsCreatorsAndAdminsAssignReassignAndUnassign() {
        String name = "Owned " + System.nanoTime();
        String id = owners.api.create("bob", Deals.privateDeal(name)).get("id").asString();
        assertThat(owners.owner("bob", id)).isEqualTo("id-bob");

        JsonNode assigned = json(owners.assign("alice", id, "id-ron")
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody());
        assertThat(assigned.get("owner").get("id").asString()).isEqualTo("id-ron");
        assertThat(assigned.get("owner").get("name").asString()).isEqualTo("Ron Tester");
        // The history says who assigned it, from whom, to whom.
        JsonNode history = owners.api.read("bob", REFERRALS + "/" + id + "/history");
        JsonNode last = history.get(history.size() - 1);
        assertThat(last.get("actorName").asString()).isEqualTo("Alice Tester");
        assertThat(last.get("changes").get(0).get("path").asString()).isEqualTo("/owner");
        assertThat(last.get("changes").get(0).get("from").get("id").asString()).isEqualTo("id-bob");
        assertThat(last.get("changes").get(0).get("to").get("id").asString()).isEqualTo("id-ron");
        // The new owner is notified, under their own bell only.
        assertThat(kinds(RON, name)).containsExactly("ASSIGNED");
        assertThat(owners.notified("bob", name)).isEmpty();
        assertThat(owners.notified("alice", name)).isEmpty();

        owners.assign("bob", id, "id-bob").expectStatus().isOk(); // a partner's referral admin assigns too
        assertThat(owners.owner("alice", id)).isEqualTo("id-bob");
        owners.unassign("alice", id).expectStatus().isOk();
        assertThat(owners.api.read("bob", REFERRALS + "/" + id).has("owner")).isFalse();
        // Unassigning again changes nothing and records nothing.
        int events = owners.api.read("bob", REFERRALS + "/" + id + "/history").size();
        owners.unassign("alice", id).expectStatus().isOk();
        assertThat(owners.api.read("bob", REFERRALS + "/" + id + "/history")).hasSize(events);
    }

    @Test
    void onlyPeopleOfTheOrganizationOwnAndOnlyAdminsOrTheOwnerAssign() {
        String id = owners.api
                .create("bob", Deals.privateDeal("Refused " + System.nanoTime()))
                .get("id")
                .asString();
        JsonNode otherOrg = json(owners.assign("bob", id, "id-carol")
                .expectStatus()
                .isBadRequest()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody());
        assertThat(otherOrg.get("errors").get(0).get("field").asString()).isEqualTo("id");
        assertThat(otherOrg.get("detail").asString()).contains("Contoso");
        owners.assign("bob", id, "id-nobody").expectStatus().isBadRequest();
        owners.assign("bob", id, "id-dave").expectStatus().isBadRequest(); // no role: reads no referral
        owners.assign("bob", id, " ").expectStatus().isBadRequest();
        owners.assign("carol", id, "id-carol").expectStatus().isNotFound();
        owners.assign("mia", id, "id-mia").expectStatus().isNotFound();
        owners.assign("dave", id, "id-dave").expectStatus().isForbidden();
        assertThat(owners.owner("bob", id)).isEqualTo("id-bob");

        // The vendor: a seller hands over what they own; another seller cannot take it.
        String sam = TestIssuer.get().token("sam", "microsoft", "SELLER");
        read(sam, "/v1.0/me");
        String sent = owners.api
                .create("mia", Deals.sellerReferral("Seller's " + System.nanoTime(), "contoso"))
                .get("id")
                .asString();
        assertThat(owners.owner("mia", sent)).isEqualTo("id-mia");
        assertThat(put(sam, REFERRALS + "/" + sent + "/owner", "{\"id\": \"id-sam\"}"))
                .isEqualTo(403);
        owners.assign("mia", sent, "id-sam").expectStatus().isOk();
        owners.assign("mia", sent, "id-mia").expectStatus().isForbidden(); // no longer hers
        assertThat(owners.owner("mia", sent)).isEqualTo("id-sam");
    }

    @Test
    void theListFiltersByOwnerAndShowsTheUnassigned() {
        String marker = "Filter" + System.nanoTime();
        String mine = owners.api
                .create("bob", Deals.privateDeal(marker + " bob"))
                .get("id")
                .asString();
        String inbound = owners.sentToContoso(marker + " inbound", "US");
        String q = REFERRALS + "?$filter=startswith(name,'" + marker + "')";
        assertThat(ids("bob", q + "&owner=me")).containsExactly(mine);
        assertThat(ids("alice", q + "&owner=me")).isEmpty();
        assertThat(ids("alice", q + "&owner=none")).containsExactly(inbound);
        assertThat(ids("alice", q + "&owner=id-bob")).containsExactly(mine);
        assertThat(ids("alice", q + " and owner/id eq 'id-bob'")).containsExactly(mine);
        assertThat(ids("alice", q + " and owner/id eq null")).containsExactly(inbound);
        // People: the organization's own, who work referrals.
        List<String> people = new ArrayList<>();
        owners.api
                .read("bob", "/v1.0/people")
                .get("value")
                .forEach(p -> people.add(p.get("id").asString()));
        assertThat(people).contains("id-alice", "id-bob", "id-ron").doesNotContain("id-dave", "id-carol", "id-mia");
    }

    @Test
    void notificationsOfAnOwnedReferralReachItsOwnerAndTheAdminsOnly() {
        String name = "Answered " + System.nanoTime();
        var deal = owners.api.create("bob", Deals.invitingDeal(name, "fabrikam"));
        String received = owners.api
                .engagement("carol", deal.get("engagementId").asString())
                .get(0)
                .get("id")
                .asString();
        owners.api
                .patch("carol", received, Deals.acceptPatch(name), null)
                .expectStatus()
                .isOk();
        assertThat(owners.notified("bob", name)).contains("ACCEPTED");
        assertThat(owners.notified("alice", name)).contains("ACCEPTED");
        assertThat(kinds(RON, name)).isEmpty();
        // Unassigned, a referral's notifications are everyone's, as before.
        String inbound = "Unowned " + System.nanoTime();
        owners.sentToContoso(inbound, "US");
        assertThat(kinds(RON, inbound)).containsExactly("NEW_INBOUND");
        assertThat(owners.notified("bob", inbound)).containsExactly("NEW_INBOUND");
    }

    private List<String> ids(String user, String uri) {
        List<String> ids = new ArrayList<>();
        owners.api.read(user, uri).get("value").forEach(r -> ids.add(r.get("id").asString()));
        return ids;
    }

    private List<String> kinds(String token, String name) {
        List<String> kinds = new ArrayList<>();
        read(token, "/v1.0/notifications?top=100").get("value").forEach(n -> {
            if (name.equals(n.path("referralName").asString(""))) {
                kinds.add(n.get("kind").asString());
            }
        });
        return kinds;
    }

    @Test
    void aPersonWithoutANameIsNamedByTheirEmailAsCreatorAndAmongThePeople() {
        String nameless = TestIssuer.get()
                .token(
                        "nameless",
                        "contoso",
                        List.of("REFERRAL_ADMIN"),
                        claims -> claims.claim("name", null).claim("preferred_username", null));
        String id = json(client.post()
                        .uri(REFERRALS)
                        .headers(h -> h.setBearerAuth(nameless))
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .bodyValue(Deals.privateDeal("Nameless " + System.nanoTime()))
                        .exchange()
                        .expectStatus()
                        .isCreated()
                        .expectBody(String.class)
                        .returnResult()
                        .getResponseBody())
                .get("id")
                .asString();
        assertThat(read(nameless, REFERRALS + "/" + id).get("owner").get("name").asString())
                .isEqualTo("nameless@example.com");
        List<String> named = new ArrayList<>();
        owners.api.read("bob", "/v1.0/people").get("value").forEach(p -> {
            if (p.get("id").asString().equals("id-nameless")) {
                named.add(p.get("name").asString());
            }
        });
        assertThat(named).containsExactly("nameless@example.com");
    }

    private JsonNode read(String token, String uri) {
        return json(client.get()
                .uri(uri)
                .headers(h -> h.setBearerAuth(token))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody());
    }

    private int put(String token, String uri, String body) {
        return client.put()
                .uri(uri)
                .headers(h -> h.setBearerAuth(token))
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectBody(String.class)
                .returnResult()
                .getStatus()
                .value();
    }

    private static JsonNode json(String body) {
        return Api.json(body);
    }
}
