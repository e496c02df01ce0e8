package com.cosell.backend.contract;

import static com.cosell.backend.contract.Connector.REFERRALS;
import static com.cosell.backend.contract.Connector.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.support.BackendTest;
import com.cosell.backend.support.Deals;
import com.cosell.backend.support.Users;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Partner to partner through Partner Center's connector, as two partners' integrations would run it:
 * contoso's creates a deal whose {@code target} objects invite fabrikam (each with its own
 * {@code inviteContext}) and invites again later with {@code add /target/-}; fabrikam's finds its
 * copy by engagement, follows {@code relatedReferrals} and accepts. Every answer is checked against
 * Partner Center's Referral schema.
 */
@BackendTest
class PartnerToPartnerContractTest {

    @Autowired
    WebTestClient client;

    @LocalServerPort
    int port;

    Connector contoso;
    Connector fabrikam;

    @BeforeEach
    void setUp() {
        contoso = new Connector(client, "http://localhost:" + port, () -> Users.token("contoso-crm"));
        fabrikam = new Connector(client, "http://localhost:" + port, () -> Users.token("fabrikam-crm"));
    }

    private static JsonNode ok(EntityExchangeResult<String> result, int status) {
        assertThat(result.getStatus().value()).as(result.getResponseBody()).isEqualTo(status);
        return json(result);
    }

    @Test
    void aPartnersIntegrationInvitesAnotherAndItsIntegrationAnswers() {
        String body = PartnerCenterBodies.privateDeal("Tailspin ERP with Fabrikam", "CRM-" + UUID.randomUUID())
                .replace("\"target\": []", "\"target\": [" + Deals.invitation("fabrikam") + "]");
        JsonNode deal = ok(contoso.create(body), 201);
        ReferralSchema.assertValid(deal);
        assertThat(deal.at("/target/0/type").asString()).isEqualTo("BusinessProfileLocation");
        assertThat(deal.at("/target/0/id").asString()).isEqualTo("fabrikam");
        assertThat(deal.at("/target/0/inviteContext/notes").asString()).isEqualTo("Help fabrikam");

        JsonNode page = ok(
                fabrikam.get(REFERRALS + "?$filter=engagementId eq "
                        + deal.get("engagementId").asString()),
                200);
        ReferralSchema.assertValidPage(page);
        JsonNode copy = page.at("/value/0");
        assertThat(page.get("value")).hasSize(1);
        assertThat(copy.get("direction").asString()).isEqualTo("Incoming");
        assertThat(copy.at("/inviteContext/invitedBy/organizationId").asString())
                .isEqualTo("contoso");
        assertThat(copy.at("/inviteContext/assistanceRequestCode").asString())
                .isEqualTo("CustomerTechnicalArchitecture");
        assertThat(copy.has("externalReferenceId")).as("the sender's CRM id").isFalse();
        // Related referrals are the engagement as this party may see it: its own copy, never the sender's.
        JsonNode related =
                ok(fabrikam.follow(copy.at("/links/relatedReferrals/uri").asString()), 200);
        ReferralSchema.assertValidPage(related);
        assertThat(related.get("value")).hasSize(1);
        assertThat(related.at("/value/0/id").asString())
                .isEqualTo(copy.get("id").asString());

        EntityExchangeResult<String> accepted = fabrikam.patch(copy.get("id").asString(), "", """
                [{"op": "replace", "path": "/status", "value": "Active"},
                 {"op": "replace", "path": "/substatus", "value": "Accepted"},
                 {"op": "add", "path": "/team/-", "value": {"firstName": "Carol", "lastName": "Diaz",
                   "phoneNumber": "+1 425 555 0142",
                   "email": "carol@fabrikam.example.com"}}]""", null);
        assertThat(accepted.getStatus().value()).as(accepted.getResponseBody()).isEqualTo(204);
        JsonNode seen = ok(contoso.get(REFERRALS + "/" + deal.get("id").asString()), 200);
        ReferralSchema.assertValid(seen);
        assertThat(seen.at("/relatedParties/0/organizationId").asString()).isEqualTo("fabrikam");
        assertThat(seen.at("/relatedParties/0/substatus").asString()).isEqualTo("Accepted");
        assertThat(seen.toString()).doesNotContain("carol@fabrikam.example.com");
    }

    @Test
    void aLaterInvitationIsAPatchOfTargetAndTheInviteeIsNotTheVendor() {
        JsonNode deal =
                ok(contoso.create(PartnerCenterBodies.privateDeal("Tailspin later", "CRM-" + UUID.randomUUID())), 201);
        String id = deal.get("id").asString();
        EntityExchangeResult<String> invited = contoso.patch(
                id, "", Deals.invitePatch("fabrikam"), deal.get("eTag").asString());
        // 204 without Prefer, as every connector PATCH.
        assertThat(invited.getStatus().value()).as(invited.getResponseBody()).isEqualTo(204);
        JsonNode after = ok(contoso.get(REFERRALS + "/" + id), 200);
        ReferralSchema.assertValid(after);
        assertThat(after.at("/target/0/id").asString()).isEqualTo("fabrikam");
        assertThat(ok(
                                fabrikam.get(REFERRALS + "?$filter=engagementId eq "
                                        + deal.get("engagementId").asString()),
                                200)
                        .get("value"))
                .hasSize(1);
        // The vendor is asked for help by sharing the deal, not as a target: a clear 400 naming the entry.
        JsonNode refused = ok(contoso.patch(id, "", Deals.invitePatch("microsoft"), null), 400);
        assertThat(refused.toString()).contains("target/0/id");
    }
}
