package com.cosell.backend.referral;

import static com.cosell.backend.support.Api.REFERRALS;
import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.support.ApiTestBase;
import com.cosell.backend.support.Deals;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Who sees a referral: a private deal is its owner's alone; sharing (at once or later) gives the vendor
 * a received request with only what may travel; a seller's referral may come without deal details.
 */
class ReferralSharingApiTest extends ApiTestBase {

    @Test
    void partnerCreatesAPrivateDealThatNobodyElseCanSee() {
        JsonNode deal = api.create("bob", Deals.privateDeal("Woodgrove data platform"));

        assertThat(deal.get("status").asString()).isEqualTo("Active");
        assertThat(deal.get("substatus").asString()).isEqualTo("Accepted");
        assertThat(deal.get("direction").asString()).isEqualTo("Outgoing");
        assertThat(deal.get("type").asString()).isEqualTo("Independent");
        assertThat(deal.get("organizationId").asString()).isEqualTo("contoso");
        assertThat(deal.at("/details/requirements/solutions/0/name").asString())
                .isEqualTo("Contoso Analytics on Azure");
        assertThat(deal.at("/details/requirements/solutions/0/type").asString()).isEqualTo("Own");
        assertThat(deal.at("/details/requirements/solutions/1/type").asString()).isEqualTo("Vendor");
        String id = deal.get("id").asString();
        api.get("bob", REFERRALS + "/" + id)
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("ETag", deal.get("eTag").asString());
        api.get("alice", REFERRALS + "/" + id).expectStatus().isOk();
        // Not the vendor, not another partner: 404, so that not even its existence shows.
        api.get("mia", REFERRALS + "/" + id).expectStatus().isNotFound();
        api.get("carol", REFERRALS + "/" + id).expectStatus().isNotFound();
        assertThat(api.engagement("mia", deal.get("engagementId").asString())).isEmpty();
    }

    @Test
    void sharingADealGivesTheVendorAReceivedRequestThatExpires() {
        JsonNode deal = api.create("alice", Deals.sharedDeal("Woodgrove PoC", true));

        JsonNode copies = api.engagement("mia", deal.get("engagementId").asString());
        assertThat(copies).hasSize(1);
        JsonNode request = copies.get(0);
        assertThat(request.get("organizationId").asString()).isEqualTo("microsoft");
        assertThat(request.get("direction").asString()).isEqualTo("Incoming");
        assertThat(request.get("status").asString() + "/"
                        + request.get("substatus").asString())
                .isEqualTo("New/Received");
        assertThat(request.at("/inviteContext/assistanceRequestCode").asString())
                .isEqualTo("ProofOfConceptOrDemo");
        assertThat(request.at("/inviteContext/invitedBy/organizationId").asString())
                .isEqualTo("contoso");
        assertThat(Duration.between(
                        Instant.parse(request.get("createdDateTime").asString()),
                        Instant.parse(request.get("expirationDateTime").asString())))
                .isEqualTo(Duration.ofDays(14));
        // With consent the customer contact travels; the partner's CRM id and private notes never do.
        assertThat(request.at("/customerProfile/team/0/email").asString()).isEqualTo("jin.seo@woodgrove.example");
        assertThat(request.has("externalReferenceId")).isFalse();
        assertThat(request.at("/details/notes").isMissingNode()).isTrue();
    }

    @Test
    void customerContactStaysWithThePartnerWithoutConsent() {
        JsonNode deal = api.create("bob", Deals.sharedDeal("Woodgrove no consent", false));

        JsonNode request =
                api.engagement("mia", deal.get("engagementId").asString()).get(0);
        assertThat(request.at("/customerProfile/name").asString()).isEqualTo("Woodgrove Bank");
        assertThat(request.at("/customerProfile/team").isMissingNode()).isTrue();
    }

    @Test
    void aSellerMaySendAReferralWithoutDealDetails() {
        String body = Deals.sellerReferral("Northwind early lead", "fabrikam")
                .replaceAll("(?s),\\s*\"details\": \\{.*?\\}\\]\\}\\}", "");
        assertThat(body).doesNotContain("dealValue");
        JsonNode sent = api.create("mia", body);
        JsonNode received =
                api.engagement("carol", sent.get("engagementId").asString()).get(0);
        assertThat(received.get("substatus").asString()).isEqualTo("Received");
        assertThat(received.has("details")).isFalse();
    }

    @Test
    void aPrivateDealCanBeSharedLater() {
        JsonNode deal = api.create("bob", Deals.privateDeal("Share me later"));
        String engagement = deal.get("engagementId").asString();
        assertThat(api.engagement("mia", engagement)).isEmpty();

        api.patch("bob", deal.get("id").asString(), """
                [{"op": "replace", "path": "/type", "value": "Shared"},
                 {"op": "add", "path": "/inviteContext", "value": {"assistanceRequestCode": "QuotesOrLicensing", "notes": "Pricing help"}}]""", deal.get("eTag").asString())
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("Shared");

        JsonNode request = api.engagement("mia", engagement).get(0);
        assertThat(request.at("/inviteContext/assistanceRequestCode").asString())
                .isEqualTo("QuotesOrLicensing");
        // Each organization's team is its own: contoso's people are neither the vendor's team nor its contacts
        assertThat(request.has("team")).isFalse();
        assertThat(api.read("mia", "/v1.0/contacts/recent").findValuesAsString("email"))
                .noneMatch(email -> email.endsWith("@contoso.example.com"));
        // The vendor engages: the partner's referral shows it.
        api.patch("mia", request.get("id").asString(), Deals.acceptPatch("Share me later (vendor)"), null)
                .expectStatus()
                .isOk();
        // The outcome is the partner's to report: the seller who engaged cannot close the deal as won
        api.patch("mia", request.get("id").asString(), Deals.stagePatch("Closed", "Won", null), null)
                .expectStatus()
                .isForbidden();
        assertThat(api.read("bob", REFERRALS + "/" + deal.get("id").asString())
                        .at("/relatedParties/0/substatus")
                        .asString())
                .isEqualTo("Accepted");
        // And it cannot go private again.
        api.patch(
                        "bob",
                        deal.get("id").asString(),
                        "[{\"op\":\"replace\",\"path\":\"/type\",\"value\":\"Independent\"}]",
                        null)
                .expectStatus()
                .isEqualTo(409);
    }
}
