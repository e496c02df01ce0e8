package com.cosell.backend.referral;

import static com.cosell.backend.support.Api.REFERRALS;
import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.support.Api;
import com.cosell.backend.support.BackendTest;
import com.cosell.backend.support.Deals;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** A partner invites other partners to its deal (on create or later), they answer, it withdraws. */
@BackendTest
class PartnerToPartnerApiTest {

    @Autowired
    WebTestClient client;
    @Autowired
    DatabaseClient db;
    @Autowired
    com.cosell.backend.expiry.ExpiryJob expiry;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(client);
    }

    @Test
    void anInvitedPartnerGetsItsOwnReceivedCopyWithOnlyTheSharedDetails() {
        JsonNode deal = api.create("bob", Deals.invitingDeal("P2P Woodgrove lake", "fabrikam"));

        assertThat(deal.get("type").asString()).isEqualTo("Independent");
        assertThat(deal.at("/target/0/id").asString()).isEqualTo("fabrikam");
        assertThat(deal.at("/target/0/inviteContext/assistanceRequestCode").asString())
                .isEqualTo("CustomerTechnicalArchitecture");
        assertThat(deal.at("/relatedParties/0/organizationName").asString()).isEqualTo("Fabrikam, Inc.");
        assertThat(deal.at("/relatedParties/0/substatus").asString()).isEqualTo("Received");

        String engagement = deal.get("engagementId").asString();
        JsonNode copy = api.engagement("carol", engagement).get(0);
        assertThat(copy.get("direction").asString()).isEqualTo("Incoming");
        assertThat(copy.get("substatus").asString()).isEqualTo("Received");
        assertThat(copy.get("expirationDateTime").isNull()).isFalse();
        assertThat(copy.at("/inviteContext/invitedBy/organizationId").asString()).isEqualTo("contoso");
        assertThat(copy.at("/inviteContext/notes").asString()).isEqualTo("Help fabrikam");
        assertThat(copy.at("/relatedParties/0/organizationId").asString()).isEqualTo("contoso");
        assertThat(copy.at("/relatedParties/0/substatus").asString()).isEqualTo("Accepted");
        // Never the sender's CRM id, internal notes or team; the customer's contacts only with consent.
        String shown = copy.toString();
        assertThat(shown).doesNotContain("CRM-", "margin is thin", "bob@contoso.example.com");
        assertThat(copy.at("/customerProfile/team/0/email").asString()).isEqualTo("jin.seo@woodgrove.example");
        assertThat(copy.has("target")).isFalse();
        // A private deal with a partner invited is still nothing of the vendor's.
        assertThat(api.engagement("mia", engagement)).isEmpty();
        assertThat(count("SELECT count(*) AS n FROM notification WHERE referral_id = :id AND kind = 'NEW_INBOUND' "
                + "AND organisation_id = 'fabrikam'", copy.get("id").asString())).isEqualTo(1);
        assertThat(count("SELECT count(*) AS n FROM referral_event WHERE referral_id = :id AND organisation_id = "
                + "'contoso' AND type = 'related-referral-created'", deal.get("id").asString())).isEqualTo(1);

        JsonNode noConsent = api.create("bob", Deals.invitingDeal("P2P no consent", "fabrikam")
                .replace("\"consentToContact\": true", "\"consentToContact\": false"));
        JsonNode blind = api.engagement("carol", noConsent.get("engagementId").asString()).get(0);
        assertThat(blind.at("/customerProfile/team").isMissingNode() || blind.at("/customerProfile/team").isNull())
                .isTrue();
    }

    @Test
    void theInviteesAnswerReachesTheSenderAndTheOtherParties() {
        JsonNode deal = api.create("bob", sharedWithFabrikam("P2P with vendor"));
        String engagement = deal.get("engagementId").asString();
        assertThat(deal.get("relatedParties")).hasSize(2);
        // The seller sees the partners on a deal the vendor is part of, and the invitee sees the vendor.
        JsonNode vendorCopy = api.engagement("mia", engagement).get(0);
        assertThat(vendorCopy.get("relatedParties").findValuesAsString("organizationId"))
                .containsExactlyInAnyOrder("contoso", "fabrikam");
        JsonNode copy = api.engagement("carol", engagement).get(0);
        assertThat(copy.get("relatedParties").findValuesAsString("organizationId"))
                .containsExactlyInAnyOrder("contoso", "microsoft");

        api.patch("carol", copy.get("id").asString(), Deals.declinePatch("NotACustomer"), null).expectStatus().isOk();

        JsonNode seen = api.read("bob", REFERRALS + "/" + deal.get("id").asString());
        JsonNode fabrikam = party(seen, "fabrikam");
        assertThat(fabrikam.get("substatus").asString()).isEqualTo("Declined");
        assertThat(fabrikam.get("statusReason").asString()).isEqualTo("NotACustomer");
        assertThat(party(api.engagement("mia", engagement).get(0), "fabrikam").get("substatus").asString())
                .isEqualTo("Declined");
        assertThat(count("SELECT count(*) AS n FROM notification WHERE referral_id = :id AND kind = 'DECLINED' "
                + "AND reason = 'NotACustomer'", deal.get("id").asString())).isEqualTo(1);
        assertThat(count("SELECT count(*) AS n FROM referral_event WHERE referral_id = :id AND type = "
                + "'related-referral-updated' AND changes::text LIKE '%NotACustomer%'", vendorCopy.get("id").asString()))
                .isEqualTo(1);
        // Each party's events (what its stream and webhooks carry) are about its own referral only.
        assertThat(db.sql("SELECT count(*) AS n FROM referral_event e JOIN referral r ON r.id = e.referral_id "
                        + "WHERE e.engagement_id = :e AND e.organisation_id <> r.organisation_id")
                .bind("e", java.util.UUID.fromString(engagement)).map(row -> row.get("n", Long.class)).one().block())
                .isZero();
    }

    @Test
    void anUnansweredInvitationExpiresAndTheSenderAndTheVendorAreNotified() {
        JsonNode deal = api.create("bob", sharedWithFabrikam("P2P expiring"));
        String copy = api.engagement("carol", deal.get("engagementId").asString()).get(0).get("id").asString();
        db.sql("UPDATE referral SET expiration_at = now() - interval '1 minute' WHERE id = :id")
                .bind("id", java.util.UUID.fromString(copy)).then().block();

        expiry.run().block();

        assertThat(api.read("carol", REFERRALS + "/" + copy).get("substatus").asString()).isEqualTo("Expired");
        assertThat(count("SELECT count(*) AS n FROM notification WHERE referral_id = :id AND kind = 'EXPIRED' "
                + "AND organisation_id = 'contoso'", deal.get("id").asString())).isEqualTo(1);
        String vendorCopy = api.engagement("mia", deal.get("engagementId").asString()).get(0).get("id").asString();
        assertThat(party(api.read("mia", REFERRALS + "/" + vendorCopy), "fabrikam").get("substatus").asString())
                .isEqualTo("Expired");
        // The vendor, a party of the deal, is told too; the expired invitee is not told of its own expiry.
        assertThat(count("SELECT count(*) AS n FROM notification WHERE referral_id = :id AND kind = 'EXPIRED'",
                vendorCopy)).isEqualTo(1);
        assertThat(count("SELECT count(*) AS n FROM notification WHERE referral_id = :id AND kind = 'EXPIRED'",
                copy)).isZero();
    }

    @Test
    void aPartnerInvitesLaterAndWithdrawsWhatIsNotAnswered() {
        JsonNode deal = api.create("alice", Deals.privateDeal("P2P later"));
        String id = deal.get("id").asString();
        JsonNode after = Api.json(api.patch("alice", id, Deals.invitePatch("fabrikam"), null).expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
        assertThat(after.at("/target/0/id").asString()).isEqualTo("fabrikam");
        String engagement = deal.get("engagementId").asString();
        JsonNode copy = api.engagement("carol", engagement).get(0);

        // The invitee cannot withdraw or invite on its copy; nobody else can see the sender's deal.
        withdraw("carol", copy.get("id").asString(), "contoso").expectStatus().isEqualTo(409);
        withdraw("mia", id, "fabrikam").expectStatus().isNotFound();
        withdraw("alice", id, "fabrikam").expectStatus().isOk();

        JsonNode closed = api.engagement("carol", engagement).get(0);
        assertThat(closed.get("substatus").asString()).isEqualTo("Expired");
        assertThat(closed.get("statusReason").asString()).isEqualTo("Withdrawn");
        api.patch("carol", copy.get("id").asString(), Deals.acceptPatch("Too late"), null).expectStatus().isEqualTo(409);
        withdraw("alice", id, "fabrikam").expectStatus().isEqualTo(409);
        assertThat(count("SELECT count(*) AS n FROM notification WHERE referral_id = :id AND kind = 'WITHDRAWN' "
                + "AND organisation_id = 'fabrikam' AND other_organisation = 'Contoso Ltd.'", copy.get("id").asString()))
                .isEqualTo(1);
        // Its own withdrawal is no news to the sender.
        assertThat(count("SELECT count(*) AS n FROM notification WHERE referral_id = :id", id)).isZero();

        // Answered invitations stay: an accepted one cannot be withdrawn.
        JsonNode second = api.create("bob", Deals.invitingDeal("P2P accepted", "fabrikam"));
        JsonNode received = api.engagement("carol", second.get("engagementId").asString()).get(0);
        api.patch("carol", received.get("id").asString(), Deals.acceptPatch("P2P accepted by Fabrikam"), null)
                .expectStatus().isOk();
        withdraw("bob", second.get("id").asString(), "fabrikam").expectStatus().isEqualTo(409);
    }

    @Test
    void invitationsFollowTheRules() {
        String id = api.create("bob", Deals.privateDeal("P2P rules")).get("id").asString();
        problem(api.patch("bob", id, Deals.invitePatch("contoso"), null), 400, "target/0/id");
        problem(api.patch("bob", id, Deals.invitePatch("nowhere"), null), 400, "target/0/id");
        problem(api.patch("bob", id, Deals.invitePatch("microsoft"), null), 400, "target/0/id");
        problem(api.patch("bob", id, Deals.invitePatch("fabrikam", "fabrikam"), null), 400, "target/1/id");
        problem(api.patch("bob", id, Deals.invitePatch("fabrikam").replace("\"assistanceRequestCode\": "
                + "\"CustomerTechnicalArchitecture\", ", ""), null), 400, "target/0/inviteContext/assistanceRequestCode");
        api.patch("bob", id, "[{\"op\":\"add\",\"path\":\"/target/-\",\"value\":" + Deals.invitation("fabrikam")
                + "},{\"op\":\"replace\",\"path\":\"/name\",\"value\":\"x\"}]", null).expectStatus().isBadRequest();
        api.patch("bob", id, Deals.invitePatch("fabrikam"), "\"999\"").expectStatus().isEqualTo(412);
        api.patch("bob", id, Deals.invitePatch("fabrikam"), null).expectStatus().isOk();
        problem(api.patch("bob", id, Deals.invitePatch("fabrikam"), null), 409, null);
        // A seller's referral: the partner it went to does not own it and invites nobody.
        String sent = api.create("mia", Deals.sellerReferral("P2P seller's", "contoso")).get("engagementId").asString();
        String received = api.engagement("bob", sent).get(0).get("id").asString();
        problem(api.patch("bob", received, Deals.invitePatch("fabrikam"), null), 409, null);
        // A closed deal invites nobody.
        String lost = api.create("bob", Deals.privateDeal("P2P lost")).get("id").asString();
        api.patch("bob", lost, Deals.stagePatch("Closed", "Lost", "NoBudget"), null).expectStatus().isOk();
        problem(api.patch("bob", lost, Deals.invitePatch("fabrikam"), null), 409, null);
    }

    @Test
    void anEngagementHasAtMostTenParties() {
        List<String> partners = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            partners.add("p2p-" + i);
            db.sql("INSERT INTO organisation (id, name, kind) VALUES (:id, :name, 'PARTNER') ON CONFLICT DO NOTHING")
                    .bind("id", "p2p-" + i).bind("name", "P2P Partner " + i).then().block();
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
        JsonNode sent = api.create("mia", Deals.sellerReferral("P2P to two", "contoso")
                .replace("\"target\": [\"contoso\"]", "\"target\": [\"contoso\", \"fabrikam\"]"));
        assertThat(sent.get("target").findValuesAsString("id")).containsExactly("contoso", "fabrikam");
        JsonNode atFabrikam = api.engagement("carol", sent.get("engagementId").asString()).get(0);
        assertThat(atFabrikam.get("relatedParties").findValuesAsString("organizationId"))
                .containsExactlyInAnyOrder("microsoft", "contoso");

        JsonNode directory = api.read("bob", "/v1.0/organizations");
        assertThat(directory.findValuesAsString("id")).contains("fabrikam").doesNotContain("contoso", "microsoft");
        JsonNode fabrikam = api.read("bob", "/v1.0/organizations?search=secure cloud");
        assertThat(fabrikam).hasSize(1);
        assertThat(fabrikam.get(0).get("id").asString()).isEqualTo("fabrikam");
        // Only co-sell-ready solutions are in the directory.
        assertThat(fabrikam.get(0).get("solutions").findValuesAsString("name")).containsExactly("Fabrikam Secure Cloud");
        assertThat(api.read("mia", "/v1.0/organizations").findValuesAsString("id")).contains("contoso", "fabrikam");
    }

    /** A deal shared with the vendor that also invites fabrikam: three parties. */
    private static String sharedWithFabrikam(String name) {
        return Deals.sharedDeal(name, true)
                .replaceFirst("\\{\"name\"", "{\"target\": [" + Deals.invitation("fabrikam") + "], \"name\"");
    }

    private WebTestClient.ResponseSpec withdraw(String user, String id, String organization) {
        return client.delete().uri(REFERRALS + "/" + id + "/target/" + organization)
                .headers(h -> h.setBearerAuth(com.cosell.backend.support.Users.token(user))).exchange();
    }

    private static JsonNode party(JsonNode referral, String organization) {
        for (JsonNode p : referral.get("relatedParties")) {
            if (p.get("organizationId").asString().equals(organization)) {
                return p;
            }
        }
        throw new AssertionError(organization + " is not a party of " + referral);
    }

    private static void problem(WebTestClient.ResponseSpec response, int status, String field) {
        JsonNode body = Api.json(response.expectStatus().isEqualTo(status)
                .expectHeader().contentType("application/problem+json").expectBody(String.class).returnResult()
                .getResponseBody());
        if (field != null) {
            assertThat(body.get("errors").findValuesAsString("field")).as(body.toString()).contains(field);
        }
    }

    private long count(String sql, String id) {
        return db.sql(sql).bind("id", java.util.UUID.fromString(id)).map(row -> row.get("n", Long.class)).one()
                .blockOptional().orElse(0L);
    }
}
