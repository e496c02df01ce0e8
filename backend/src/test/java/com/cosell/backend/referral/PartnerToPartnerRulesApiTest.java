package com.cosell.backend.referral;

import static com.cosell.backend.support.Api.REFERRALS;
import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.support.Api;
import com.cosell.backend.support.ApiTestBase;
import com.cosell.backend.support.Deals;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * The limits of partner-to-partner invitations: who may invite whom (problem+json otherwise), at most
 * ten parties to an engagement; a seller still sends to several partners, and the directory lists them.
 */
class PartnerToPartnerRulesApiTest extends ApiTestBase {

    @Test
    void invitationsFollowTheRules() {
        String id = api.create("bob", Deals.privateDeal("P2P rules")).get("id").asString();
        problem(api.patch("bob", id, Deals.invitePatch("contoso"), null), 400, "target/0/id");
        problem(api.patch("bob", id, Deals.invitePatch("nowhere"), null), 400, "target/0/id");
        problem(api.patch("bob", id, Deals.invitePatch("microsoft"), null), 400, "target/0/id");
        problem(api.patch("bob", id, Deals.invitePatch("fabrikam", "fabrikam"), null), 400, "target/1/id");
        problem(
                api.patch(
                        "bob",
                        id,
                        Deals.invitePatch("fabrikam")
                                .replace("\"assistanceRequestCode\": " + "\"CustomerTechnicalArchitecture\", ", ""),
                        null),
                400,
                "target/0/inviteContext/assistanceRequestCode");
        api.patch(
                        "bob",
                        id,
                        "[{\"op\":\"add\",\"path\":\"/target/-\",\"value\":" + Deals.invitation("fabrikam")
                                + "},{\"op\":\"replace\",\"path\":\"/name\",\"value\":\"x\"}]",
                        null)
                .expectStatus()
                .isBadRequest();
        api.patch("bob", id, Deals.invitePatch("fabrikam"), "\"999\"")
                .expectStatus()
                .isEqualTo(412);
        api.patch("bob", id, Deals.invitePatch("fabrikam"), null).expectStatus().isOk();
        problem(api.patch("bob", id, Deals.invitePatch("fabrikam"), null), 409, null);
        // A seller's referral: the partner it went to does not own it and invites nobody.
        String sent = api.create("mia", Deals.sellerReferral("P2P seller's", "contoso"))
                .get("engagementId")
                .asString();
        String received = api.engagement("bob", sent).get(0).get("id").asString();
        problem(api.patch("bob", received, Deals.invitePatch("fabrikam"), null), 409, null);
        // A closed deal invites nobody.
        String lost = api.create("bob", Deals.privateDeal("P2P lost")).get("id").asString();
        api.patch("bob", lost, Deals.stagePatch("Closed", "Lost", "NoBudget"), null)
                .expectStatus()
                .isOk();
        problem(api.patch("bob", lost, Deals.invitePatch("fabrikam"), null), 409, null);
    }

    @Test
    void anEngagementHasAtMostTenParties() {
        List<String> partners = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            partners.add("p2p-" + i);
            db.sql("INSERT INTO organization (id, name, kind) VALUES (:id, :name, 'PARTNER') ON CONFLICT DO NOTHING")
                    .bind("id", "p2p-" + i)
                    .bind("name", "P2P Partner " + i)
                    .then()
                    .block();
        }
        String[] nine = partners.subList(0, 9).toArray(String[]::new);
        String[] ten = partners.toArray(String[]::new);
        problem(api.post("bob", REFERRALS, Deals.invitingDeal("P2P eleven", ten)), 400, "target");
        JsonNode full = api.create("bob", Deals.invitingDeal("P2P ten", nine));
        assertThat(full.get("relatedParties")).hasSize(9);
        problem(api.patch("bob", full.get("id").asString(), Deals.invitePatch("p2p-10"), null), 409, null);
        assertThat(api.engagement("carol", full.get("engagementId").asString())).isEmpty();
    }

    @Test
    void aSellerStillSendsToPartnersAndTheDirectoryListsThem() {
        JsonNode sent = api.create(
                "mia",
                Deals.sellerReferral("P2P to two", "contoso")
                        .replace("\"target\": [\"contoso\"]", "\"target\": [\"contoso\", \"fabrikam\"]"));
        assertThat(sent.get("target").findValuesAsString("id")).containsExactlyInAnyOrder("contoso", "fabrikam");
        JsonNode atFabrikam =
                api.engagement("carol", sent.get("engagementId").asString()).get(0);
        assertThat(atFabrikam.get("relatedParties").findValuesAsString("organizationId"))
                .containsExactlyInAnyOrder("microsoft", "contoso");

        JsonNode directory = api.read("bob", "/v1.0/organizations");
        assertThat(directory.findValuesAsString("id")).contains("fabrikam").doesNotContain("contoso", "microsoft");
        JsonNode fabrikam = api.read("bob", "/v1.0/organizations?search=secure cloud");
        assertThat(fabrikam).hasSize(1);
        assertThat(fabrikam.get(0).get("id").asString()).isEqualTo("fabrikam");
        // Only co-sell-ready solutions are in the directory.
        assertThat(fabrikam.get(0).get("solutions").findValuesAsString("name"))
                .containsExactly("Fabrikam Secure Cloud");
        assertThat(api.read("mia", "/v1.0/organizations").findValuesAsString("id"))
                .contains("contoso", "fabrikam");
    }

    private static void problem(WebTestClient.ResponseSpec response, int status, String field) {
        JsonNode body = Api.json(response.expectStatus()
                .isEqualTo(status)
                .expectHeader()
                .contentType("application/problem+json")
                .expectBody(String.class)
                .returnResult()
                .getResponseBody());
        if (field != null) {
            assertThat(body.get("errors").findValuesAsString("field"))
                    .as(body.toString())
                    .contains(field);
        }
    }
}
