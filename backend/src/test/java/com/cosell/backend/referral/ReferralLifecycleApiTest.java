package com.cosell.backend.referral;

import static com.cosell.backend.support.Api.REFERRALS;
import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.support.Api;
import com.cosell.backend.support.ApiTestBase;
import com.cosell.backend.support.Deals;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every transition driven through the HTTP API by the role that may make it, and the reasons it takes. */
class ReferralLifecycleApiTest extends ApiTestBase {

    @Test
    void sellerSendsAReferralAndThePartnerAcceptsIt() {
        JsonNode sent = api.create("mia", Deals.sellerReferral("Northwind migration", "contoso"));
        assertThat(sent.get("direction").asString()).isEqualTo("Outgoing");

        JsonNode received =
                api.engagement("bob", sent.get("engagementId").asString()).get(0);
        assertThat(received.get("substatus").asString()).isEqualTo("Received");
        assertThat(received.get("expirationDateTime")).isNotNull();
        assertThat(api.engagement("carol", sent.get("engagementId").asString())).isEmpty();

        JsonNode accepted = Api.json(api.patch(
                        "bob",
                        received.get("id").asString(),
                        Deals.acceptPatch("Northwind cloud migration"),
                        received.get("eTag").asString())
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody());
        assertThat(accepted.get("substatus").asString()).isEqualTo("Accepted");
        assertThat(accepted.get("acceptedDateTime")).isNotNull();
        assertThat(accepted.get("externalReferenceId").asString()).isEqualTo("CRM-ACC-1");

        // The seller sees where the partner's referral stands, and nothing of its content.
        JsonNode sellerView = api.read("mia", REFERRALS + "/" + sent.get("id").asString());
        JsonNode related = sellerView.at("/relatedParties/0");
        assertThat(related.get("organizationId").asString()).isEqualTo("contoso");
        assertThat(related.get("substatus").asString()).isEqualTo("Accepted");
        assertThat(related.has("name")).isFalse();
    }

    @Test
    void declineNeedsAReasonAndThenTheReferralIsReadOnly() {
        JsonNode sent = api.create("mia", Deals.sellerReferral("Northwind decline", "contoso"));
        JsonNode received =
                api.engagement("bob", sent.get("engagementId").asString()).get(0);
        String id = received.get("id").asString();

        api.patch("bob", id, Deals.declinePatch(" "), null)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("statusReason");
        api.patch("bob", id, Deals.declinePatch("CustomerUnresponsive"), null)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.substatus")
                .isEqualTo("Declined")
                .jsonPath("$.statusReason")
                .isEqualTo("CustomerUnresponsive")
                .jsonPath("$.closedDateTime")
                .exists();

        api.patch("bob", id, "[{\"op\":\"replace\",\"path\":\"/name\",\"value\":\"Renamed\"}]", null)
                .expectStatus()
                .isEqualTo(409);
        // The sender's organization was told, with the reason.
        String changes = db.sql("SELECT changes::text FROM referral_event WHERE organization_id = 'microsoft' "
                        + "AND type = 'related-referral-updated' AND referral_id = :id")
                .bind("id", java.util.UUID.fromString(sent.get("id").asString()))
                .map(row -> row.get(0, String.class))
                .all()
                .collectList()
                .block()
                .toString();
        assertThat(changes).contains("Declined", "CustomerUnresponsive");
    }

    @Test
    void acceptedDealIsWonOrLostAndClosedIsFinal() {
        String won =
                api.create("bob", Deals.privateDeal("Deal to win")).get("id").asString();
        api.patch("bob", won, Deals.stagePatch("Closed", "Won", null), null)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.substatus")
                .isEqualTo("Won");
        api.patch("bob", won, Deals.stagePatch("Active", "Accepted", null), null)
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.allowed")
                .isEmpty();

        String lost =
                api.create("bob", Deals.privateDeal("Deal to lose")).get("id").asString();
        api.patch("bob", lost, Deals.stagePatch("Closed", "Lost", null), null)
                .expectStatus()
                .isBadRequest();
        api.patch("bob", lost, Deals.stagePatch("Closed", "Lost", "CustomerChoseAnotherVendor"), null)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.statusReason")
                .isEqualTo("CustomerChoseAnotherVendor");
    }

    @Test
    void illegalMovesAreRefusedWithTheAllowedOnes() {
        JsonNode sent = api.create("mia", Deals.sellerReferral("Northwind illegal", "contoso"));
        String received = api.engagement("bob", sent.get("engagementId").asString())
                .get(0)
                .get("id")
                .asString();

        api.patch("bob", received, Deals.stagePatch("Closed", "Won", null), null)
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.allowed[0]")
                .isEqualTo("Active/Accepted")
                .jsonPath("$.allowed[1]")
                .isEqualTo("Closed/Declined");
        api.patch("bob", received, Deals.stagePatch("Closed", "Expired", null), null)
                .expectStatus()
                .isEqualTo(409);
        api.patch("bob", received, Deals.stagePatch("New", "Accepted", null), null)
                .expectStatus()
                .isBadRequest();
        String deal = api.create("bob", Deals.privateDeal("Back to received"))
                .get("id")
                .asString();
        api.patch("bob", deal, Deals.stagePatch("New", "Received", null), null)
                .expectStatus()
                .isEqualTo(409);
    }

    @Test
    void anExpiredReferralCanNoLongerBeAnswered() {
        JsonNode sent = api.create("mia", Deals.sellerReferral("Northwind late", "contoso"));
        JsonNode received =
                api.engagement("bob", sent.get("engagementId").asString()).get(0);
        db.sql("UPDATE referral SET doc = jsonb_set(doc, '{expirationDateTime}', to_jsonb(:at::text)), "
                        + "expiration_at = :at::timestamptz WHERE id = :id")
                .bind("at", Instant.now().minusSeconds(5).toString())
                .bind("id", java.util.UUID.fromString(received.get("id").asString()))
                .then()
                .block();

        api.patch("bob", received.get("id").asString(), Deals.acceptPatch("Too late"), null)
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.detail")
                .value(d -> assertThat((String) d).contains("expired"));
    }

    @Test
    void declineAndLostReasonsAreTwoLists() {
        JsonNode reasons = api.read("bob", "/v1.0/reasons");
        assertThat(reasons.get("decline").toString())
                .contains("\"SpamOrAbuse\"", "\"NotACustomer\"", "\"TimelineTooShort\"")
                .doesNotContain("ProjectCancelledOrDelayed");
        assertThat(reasons.get("lost").toString())
                .contains("\"CustomerChoseAnotherVendor\"", "\"ProjectCancelledOrDelayed\"", "\"Other\"")
                .doesNotContain("SpamOrAbuse", "NotACustomer");
    }
}
