package com.cosell.backend.duplicate;

import static com.cosell.backend.support.Api.REFERRALS;
import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.support.Api;
import com.cosell.backend.support.BackendTest;
import com.cosell.backend.support.Deals;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** Possible duplicates are the caller's organization's open deals on the same customer; closing as a duplicate keeps the link. */
@BackendTest
class DuplicateApiTest {

    @Autowired
    WebTestClient client;

    Api api;
    String customer;
    String duns;

    @BeforeEach
    void setUp() {
        api = new Api(client);
        String unique = Long.toString(System.nanoTime(), 36);
        customer = "Fourth Coffee " + unique;
        duns = String.format("%09d", Math.floorMod(System.nanoTime(), 1_000_000_000L));
    }

    /** A partner's private deal on this test's customer; {@code dunsOrNull} replaces the fixture's D-U-N-S. */
    private JsonNode deal(String user, String name, String customerName, String country, String dunsOrNull) {
        String body = Deals.privateDeal(name)
                .replace("Woodgrove Bank", customerName)
                .replace("\"country\": \"KR\"", "\"country\": \"" + country + "\"")
                .replace(
                        "[{\"profileType\": \"Duns\", \"id\": \"123456789\"}]",
                        dunsOrNull == null ? "[]" : "[{\"profileType\": \"Duns\", \"id\": \"" + dunsOrNull + "\"}]");
        return api.create(user, body);
    }

    private List<String> ids(JsonNode deals) {
        return deals.findValuesAsString("id");
    }

    @Test
    void similarNamesInTheSameCountryAndTheSameDunsAreFoundButNeverAnotherOrganizationsDeals() {
        JsonNode first = deal("bob", "Coffee rollout", customer + " Ltd.", "KR", duns);
        JsonNode similar = deal("bob", "Coffee again", customer.toUpperCase(), "KR", null);
        JsonNode elsewhere = deal("bob", "Coffee in Japan", customer, "JP", null);
        JsonNode sameDunsOtherName = deal("bob", "Renamed", "Completely Different " + customer.hashCode(), "US", duns);
        JsonNode fabrikams = deal("carol", "Fabrikam's coffee", customer, "KR", duns);

        JsonNode report = api.read("bob", REFERRALS + "/" + similar.get("id").asString() + "/duplicates");
        assertThat(ids(report.get("candidates")))
                .contains(first.get("id").asString())
                .doesNotContain(
                        similar.get("id").asString(),
                        elsewhere.get("id").asString(),
                        fabrikams.get("id").asString());
        assertThat(report.has("conflicts")).as("a partner never gets conflicts").isFalse();

        JsonNode byDuns = api.read("bob", REFERRALS + "/" + first.get("id").asString() + "/duplicates");
        assertThat(byDuns.get("candidates").get(0).get("id").asString())
                .as("the same D-U-N-S first")
                .isEqualTo(sameDunsOtherName.get("id").asString());
        assertThat(byDuns.get("candidates").get(0).get("match").asString()).isEqualTo("Duns");

        JsonNode draft =
                api.read("bob", REFERRALS + "/duplicate-candidates?customerName=" + customer + " Co&country=KR");
        assertThat(ids(draft.get("value")))
                .contains(first.get("id").asString(), similar.get("id").asString())
                .doesNotContain(
                        elsewhere.get("id").asString(), fabrikams.get("id").asString());
        // Names that share only the filler of company names are other customers
        deal("bob", "Sons deal", "Bins and Sons", "IS", null);
        JsonNode sons = api.read("bob", REFERRALS + "/duplicate-candidates?customerName=MacGyver and Sons&country=IS");
        assertThat(sons.get("value")).isEmpty();
        assertThat(api.read("bob", REFERRALS + "/duplicate-candidates?customerName=Bins %26 Sons Ltd&country=IS")
                        .get("value"))
                .hasSize(1);
        JsonNode carols = api.read("carol", REFERRALS + "/duplicate-candidates?duns=" + duns);
        assertThat(ids(carols.get("value"))).containsExactly(fabrikams.get("id").asString());

        assertThat(api.get("carol", REFERRALS + "/" + first.get("id").asString() + "/duplicates")
                        .expectBody(String.class)
                        .returnResult()
                        .getStatus()
                        .value())
                .isEqualTo(404);
    }

    @Test
    void badDraftsAreRefusedFieldByField() {
        JsonNode problem = Api.json(api.get("bob", REFERRALS + "/duplicate-candidates?duns=12ab&country=Korea")
                .expectStatus()
                .isBadRequest()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody());
        assertThat(problem.toString()).contains("duns", "country");
        api.get("bob", REFERRALS + "/duplicate-candidates?customerName=Contoso")
                .expectStatus()
                .isBadRequest();
    }

    @Test
    void closingAsADuplicateClosesItWithTheReasonAndKeepsTheLinkOnBoth() {
        JsonNode kept = deal("bob", "Kept deal", customer, "KR", duns);
        JsonNode dup = deal("bob", "Duplicate deal", customer, "KR", duns);
        String keptId = kept.get("id").asString();
        String dupId = dup.get("id").asString();
        JsonNode carols = deal("carol", "Carol's", customer, "KR", duns);

        // another organization's deal, a missing id, itself: refused, and nothing changes
        close("bob", dupId, carols.get("id").asString()).expectStatus().isBadRequest();
        close("bob", dupId, UUID.randomUUID().toString()).expectStatus().isBadRequest();
        close("bob", dupId, dupId).expectStatus().isBadRequest();
        api.post("bob", REFERRALS + "/" + dupId + "/close-as-duplicate", "{}")
                .expectStatus()
                .isBadRequest();
        close("carol", dupId, carols.get("id").asString()).expectStatus().isNotFound();
        assertThat(api.read("bob", REFERRALS + "/" + dupId).get("status").asString())
                .isNotEqualTo("Closed");

        JsonNode closed = Api.json(close("bob", dupId, keptId)
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody());
        assertThat(closed.get("status").asString()).isEqualTo("Closed");
        assertThat(closed.get("statusReason").asString()).isEqualTo("Duplicate");

        JsonNode dupReport = api.read("bob", REFERRALS + "/" + dupId + "/duplicates");
        assertThat(dupReport.get("duplicateOf").get("id").asString()).isEqualTo(keptId);
        assertThat(dupReport.get("candidates")).isEmpty();
        JsonNode keptReport = api.read("bob", REFERRALS + "/" + keptId + "/duplicates");
        assertThat(ids(keptReport.get("duplicates"))).containsExactly(dupId);
        assertThat(ids(keptReport.get("candidates"))).doesNotContain(dupId);
        assertThat(api.read("bob", REFERRALS + "/" + keptId + "/history").toString())
                .contains("/duplicates/-", dupId);
        assertThat(api.read("carol", REFERRALS + "/" + carols.get("id").asString() + "/duplicates")
                        .toString())
                .doesNotContain(dupId, keptId);

        close("bob", dupId, keptId).expectStatus().isEqualTo(409);
    }

    @Test
    void theVendorSeesTwoPartnersWorkingTheSameCustomerAndNoPartnerEverDoes() {
        String c1 = send("contoso").get("id").asString();
        String c2 = send("contoso").get("id").asString();
        String f = send("fabrikam").get("id").asString();

        JsonNode conflicts = api.read("mia", REFERRALS + "/conflicts?ids=" + c1 + "," + c2 + "," + f);
        java.util.Map<String, List<String>> byId = new java.util.HashMap<>();
        conflicts.get("value").forEach(c -> byId.put(c.get("id").asString(), ids(c.get("conflictsWith"))));
        // one partner twice is not a conflict; two partners are
        assertThat(byId.get(c1)).containsExactly(f);
        assertThat(byId.get(c2)).containsExactly(f);
        assertThat(byId.get(f)).containsExactlyInAnyOrder(c1, c2);
        assertThat(ids(api.read("mia", REFERRALS + "/" + f + "/duplicates").get("conflicts")))
                .containsExactlyInAnyOrder(c1, c2);

        api.get("bob", REFERRALS + "/conflicts?ids=" + c1).expectStatus().isForbidden();
        for (var partner :
                java.util.Map.of("bob", "contoso", "carol", "fabrikam").entrySet()) {
            for (String vendorCopy : List.of(c1, c2, f)) {
                String engagement = api.read("mia", REFERRALS + "/" + vendorCopy)
                        .get("engagementId")
                        .asString();
                for (JsonNode copy : api.engagement(partner.getKey(), engagement)) {
                    JsonNode report = api.read(
                            partner.getKey(), REFERRALS + "/" + copy.get("id").asString() + "/duplicates");
                    assertThat(report.has("conflicts")).isFalse();
                    assertThat(report.toString()).doesNotContain(c1, c2, f);
                    assertThat(copy.toString())
                            .doesNotContain(partner.getValue().equals("contoso") ? "fabrikam" : "contoso");
                }
            }
        }
    }

    /** The vendor's referral to a partner about this test's customer; the vendor's copy. */
    private JsonNode send(String partner) {
        return api.create(
                "mia", Deals.sellerReferral("Conflict " + partner, partner).replace("Northwind Traders", customer));
    }

    private WebTestClient.ResponseSpec close(String user, String id, String of) {
        return api.post(user, REFERRALS + "/" + id + "/close-as-duplicate", "{\"duplicateOf\": \"" + of + "\"}");
    }
}
