package com.cosell.backend.referral;

import static com.cosell.backend.support.Api.REFERRALS;
import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.support.Api;
import com.cosell.backend.support.ApiTestBase;
import com.cosell.backend.support.Deals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** A partner invites other partners to its deal (on create or later), they answer, it withdraws. */
class PartnerToPartnerApiTest extends ApiTestBase {

    @Autowired
    com.cosell.backend.expiry.ExpiryJob expiry;

    @Autowired
    com.cosell.backend.reminder.ReminderJob reminders;

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
        assertThat(copy.at("/inviteContext/invitedBy/organizationId").asString())
                .isEqualTo("contoso");
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
        assertThat(count(
                        "SELECT count(*) AS n FROM notification WHERE referral_id = :id AND kind = 'NEW_INBOUND' "
                                + "AND organization_id = 'fabrikam'",
                        copy.get("id").asString()))
                .isEqualTo(1);
        assertThat(count(
                        "SELECT count(*) AS n FROM referral_event WHERE referral_id = :id AND organization_id = "
                                + "'contoso' AND type = 'related-referral-created'",
                        deal.get("id").asString()))
                .isEqualTo(1);

        JsonNode noConsent = api.create(
                "bob",
                Deals.invitingDeal("P2P no consent", "fabrikam")
                        .replace("\"consentToContact\": true", "\"consentToContact\": false"));
        JsonNode blind = api.engagement("carol", noConsent.get("engagementId").asString())
                .get(0);
        assertThat(blind.at("/customerProfile/team").isMissingNode()
                        || blind.at("/customerProfile/team").isNull())
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

        api.patch("carol", copy.get("id").asString(), Deals.declinePatch("NotACustomer"), null)
                .expectStatus()
                .isOk();

        JsonNode seen = api.read("bob", REFERRALS + "/" + deal.get("id").asString());
        JsonNode fabrikam = party(seen, "fabrikam");
        assertThat(fabrikam.get("substatus").asString()).isEqualTo("Declined");
        assertThat(fabrikam.get("statusReason").asString()).isEqualTo("NotACustomer");
        assertThat(party(api.engagement("mia", engagement).get(0), "fabrikam")
                        .get("substatus")
                        .asString())
                .isEqualTo("Declined");
        assertThat(count(
                        "SELECT count(*) AS n FROM notification WHERE referral_id = :id AND kind = 'DECLINED' "
                                + "AND reason = 'NotACustomer'",
                        deal.get("id").asString()))
                .isEqualTo(1);
        assertThat(count(
                        "SELECT count(*) AS n FROM referral_event WHERE referral_id = :id AND type = "
                                + "'related-referral-updated' AND changes::text LIKE '%NotACustomer%'",
                        vendorCopy.get("id").asString()))
                .isEqualTo(1);
        // The vendor, a party, is told of the answer as the sender is.
        assertThat(count(
                        "SELECT count(*) AS n FROM notification WHERE referral_id = :id AND kind = 'DECLINED' "
                                + "AND reason = 'NotACustomer'",
                        vendorCopy.get("id").asString()))
                .isEqualTo(1);
        // Every party heard of each party invited after it: the owner of both, the first invitee of the second.
        assertThat(count(
                        "SELECT count(*) AS n FROM referral_event WHERE referral_id = :id AND type = "
                                + "'related-referral-created'",
                        deal.get("id").asString()))
                .isEqualTo(2);
        assertThat(db.sql("SELECT count(*) AS n FROM referral_event WHERE engagement_id = :e AND type = "
                                + "'related-referral-created' AND organization_id <> 'contoso'")
                        .bind("e", java.util.UUID.fromString(engagement))
                        .map(row -> row.get("n", Long.class))
                        .one()
                        .block())
                .isEqualTo(1);
        // Each party's events (what its stream and webhooks carry) are about its own referral only.
        assertThat(db.sql("SELECT count(*) AS n FROM referral_event e JOIN referral r ON r.id = e.referral_id "
                                + "WHERE e.engagement_id = :e AND e.organization_id <> r.organization_id")
                        .bind("e", java.util.UUID.fromString(engagement))
                        .map(row -> row.get("n", Long.class))
                        .one()
                        .block())
                .isZero();
    }

    @Test
    void anUnansweredInvitationExpiresAndTheSenderAndTheVendorAreNotified() {
        JsonNode deal = api.create("bob", sharedWithFabrikam("P2P expiring"));
        String copy = api.engagement("carol", deal.get("engagementId").asString())
                .get(0)
                .get("id")
                .asString();
        // Reminded before it expires, as a referral from the vendor is.
        db.sql("UPDATE referral SET expiration_at = now() + interval '20 hours' WHERE id = :id")
                .bind("id", java.util.UUID.fromString(copy))
                .then()
                .block();
        reminders.run().block();
        assertThat(count(
                        "SELECT count(*) AS n FROM notification WHERE referral_id = :id AND kind = 'EXPIRING_SOON' "
                                + "AND organization_id = 'fabrikam'",
                        copy))
                .isEqualTo(1);
        db.sql("UPDATE referral SET expiration_at = now() - interval '1 minute' WHERE id = :id")
                .bind("id", java.util.UUID.fromString(copy))
                .then()
                .block();

        expiry.run().block();

        assertThat(api.read("carol", REFERRALS + "/" + copy).get("substatus").asString())
                .isEqualTo("Expired");
        assertThat(count(
                        "SELECT count(*) AS n FROM notification WHERE referral_id = :id AND kind = 'EXPIRED' "
                                + "AND organization_id = 'contoso'",
                        deal.get("id").asString()))
                .isEqualTo(1);
        String vendorCopy = api.engagement("mia", deal.get("engagementId").asString())
                .get(0)
                .get("id")
                .asString();
        assertThat(party(api.read("mia", REFERRALS + "/" + vendorCopy), "fabrikam")
                        .get("substatus")
                        .asString())
                .isEqualTo("Expired");
        // The vendor, a party of the deal, is told too; the expired invitee is not told of its own expiry.
        assertThat(count(
                        "SELECT count(*) AS n FROM notification WHERE referral_id = :id AND kind = 'EXPIRED'",
                        vendorCopy))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) AS n FROM notification WHERE referral_id = :id AND kind = 'EXPIRED'", copy))
                .isZero();
    }

    @Test
    void aPartnerInvitesLaterAndWithdrawsWhatIsNotAnswered() {
        JsonNode deal = api.create("alice", Deals.privateDeal("P2P later"));
        String id = deal.get("id").asString();
        JsonNode after = Api.json(api.patch("alice", id, Deals.invitePatch("fabrikam"), null)
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody());
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
        api.patch("carol", copy.get("id").asString(), Deals.acceptPatch("Too late"), null)
                .expectStatus()
                .isEqualTo(409);
        withdraw("alice", id, "fabrikam").expectStatus().isEqualTo(409);
        assertThat(count(
                        "SELECT count(*) AS n FROM notification WHERE referral_id = :id AND kind = 'WITHDRAWN' "
                                + "AND organization_id = 'fabrikam' AND other_organization = 'Contoso Ltd.'",
                        copy.get("id").asString()))
                .isEqualTo(1);
        // Its own withdrawal is no news to the sender.
        assertThat(count("SELECT count(*) AS n FROM notification WHERE referral_id = :id", id))
                .isZero();

        // Answered invitations stay: an accepted one cannot be withdrawn.
        JsonNode second = api.create("bob", Deals.invitingDeal("P2P accepted", "fabrikam"));
        JsonNode received =
                api.engagement("carol", second.get("engagementId").asString()).get(0);
        api.patch("carol", received.get("id").asString(), Deals.acceptPatch("P2P accepted by Fabrikam"), null)
                .expectStatus()
                .isOk();
        withdraw("bob", second.get("id").asString(), "fabrikam").expectStatus().isEqualTo(409);
    }

    /** A deal shared with the vendor that also invites fabrikam: three parties. */
    private static String sharedWithFabrikam(String name) {
        return Deals.sharedDeal(name, true)
                .replaceFirst("\\{\"name\"", "{\"target\": [" + Deals.invitation("fabrikam") + "], \"name\"");
    }

    private WebTestClient.ResponseSpec withdraw(String user, String id, String organization) {
        return client.delete()
                .uri(REFERRALS + "/" + id + "/target/" + organization)
                .headers(h -> h.setBearerAuth(com.cosell.backend.support.Users.token(user)))
                .exchange();
    }

    private static JsonNode party(JsonNode referral, String organization) {
        for (JsonNode p : referral.get("relatedParties")) {
            if (p.get("organizationId").asString().equals(organization)) {
                return p;
            }
        }
        throw new AssertionError(organization + " is not a party of " + referral);
    }

    private long count(String sql, String id) {
        return db.sql(sql)
                .bind("id", java.util.UUID.fromString(id))
                .map(row -> row.get("n", Long.class))
                .one()
                .blockOptional()
                .orElse(0L);
    }
}
