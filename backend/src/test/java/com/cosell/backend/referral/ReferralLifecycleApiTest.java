package com.cosell.backend.referral;

import static com.cosell.backend.support.Api.REFERRALS;
import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.support.Api;
import com.cosell.backend.support.BackendTest;
import com.cosell.backend.support.Deals;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** Every transition driven through the HTTP API by the role that may make it. */
@BackendTest
class ReferralLifecycleApiTest {

    @Autowired
    WebTestClient client;
    @Autowired
    DatabaseClient db;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(client);
    }

    @Test
    void partnerCreatesAPrivateDealThatNobodyElseCanSee() {
        JsonNode deal = api.create("bob", Deals.privateDeal("Woodgrove data platform"));

        assertThat(deal.get("status").asString()).isEqualTo("Active");
        assertThat(deal.get("substatus").asString()).isEqualTo("Accepted");
        assertThat(deal.get("direction").asString()).isEqualTo("Outgoing");
        assertThat(deal.get("type").asString()).isEqualTo("Independent");
        assertThat(deal.get("organizationId").asString()).isEqualTo("contoso");
        assertThat(deal.at("/details/requirements/solutions/0/name").asString()).isEqualTo("Contoso Analytics on Azure");
        assertThat(deal.at("/details/requirements/solutions/0/type").asString()).isEqualTo("Own");
        assertThat(deal.at("/details/requirements/solutions/1/type").asString()).isEqualTo("Vendor");
        String id = deal.get("id").asString();
        api.get("bob", REFERRALS + "/" + id).expectStatus().isOk()
                .expectHeader().valueEquals("ETag", deal.get("eTag").asString());
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
        assertThat(request.get("status").asString() + "/" + request.get("substatus").asString()).isEqualTo("New/Received");
        assertThat(request.at("/inviteContext/assistanceRequestCode").asString()).isEqualTo("ProofOfConceptOrDemo");
        assertThat(request.at("/inviteContext/invitedBy/organizationId").asString()).isEqualTo("contoso");
        assertThat(Duration.between(Instant.parse(request.get("createdDateTime").asString()),
                Instant.parse(request.get("expirationDateTime").asString()))).isEqualTo(Duration.ofDays(14));
        // With consent the customer contact travels; the partner's CRM id and private notes never do.
        assertThat(request.at("/customerProfile/team/0/email").asString()).isEqualTo("jin.seo@woodgrove.example");
        assertThat(request.has("externalReferenceId")).isFalse();
        assertThat(request.at("/details/notes").isMissingNode()).isTrue();
    }

    @Test
    void customerContactStaysWithThePartnerWithoutConsent() {
        JsonNode deal = api.create("bob", Deals.sharedDeal("Woodgrove no consent", false));

        JsonNode request = api.engagement("mia", deal.get("engagementId").asString()).get(0);
        assertThat(request.at("/customerProfile/name").asString()).isEqualTo("Woodgrove Bank");
        assertThat(request.at("/customerProfile/team").isMissingNode()).isTrue();
    }

    @Test
    void sellerSendsAReferralAndThePartnerAcceptsIt() {
        JsonNode sent = api.create("mia", Deals.sellerReferral("Northwind migration", "contoso"));
        assertThat(sent.get("direction").asString()).isEqualTo("Outgoing");

        JsonNode received = api.engagement("bob", sent.get("engagementId").asString()).get(0);
        assertThat(received.get("substatus").asString()).isEqualTo("Received");
        assertThat(received.get("expirationDateTime")).isNotNull();
        assertThat(api.engagement("carol", sent.get("engagementId").asString())).isEmpty();

        JsonNode accepted = Api.json(api.patch("bob", received.get("id").asString(),
                        Deals.acceptPatch("Northwind cloud migration"), received.get("eTag").asString())
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
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
    void theHistoryRecordsExactlyWhatAPatchChanged() {
        JsonNode sent = api.create("mia", Deals.sellerReferral("Audited migration", "contoso"));
        String id = api.engagement("bob", sent.get("engagementId").asString()).get(0).get("id").asString();
        String later = java.time.Instant.now().plus(90, java.time.temporal.ChronoUnit.DAYS)
                .truncatedTo(java.time.temporal.ChronoUnit.DAYS).toString();
        api.patch("bob", id, """
                [{"op": "replace", "path": "/status", "value": "Active"},
                 {"op": "replace", "path": "/substatus", "value": "Accepted"},
                 {"op": "replace", "path": "/name", "value": "Audited cloud migration"},
                 {"op": "replace", "path": "/details/dealValue", "value": 90000},
                 {"op": "replace", "path": "/details/closingDateTime", "value": "%s"},
                 {"op": "add", "path": "/externalReferenceId", "value": "CRM-AUDIT-1"}]""".formatted(later), null)
                .expectStatus().isOk().expectBody(String.class).returnResult();
        api.patch("bob", id, """
                [{"op": "replace", "path": "/details/dealValue", "value": 95000}]""", null).expectStatus().isOk()
                .expectBody(String.class).returnResult();

        JsonNode history = api.read("bob", REFERRALS + "/" + id + "/history");
        List<String> accept = new java.util.ArrayList<>();
        history.get(history.size() - 2).get("changes").forEach(c -> accept.add(c.get("path").asString()));
        assertThat(accept).containsExactlyInAnyOrder("/status", "/substatus", "/name", "/details/dealValue",
                "/details/closingDateTime", "/externalReferenceId");
        JsonNode edit = history.get(history.size() - 1).get("changes");
        assertThat(edit).hasSize(1);
        assertThat(edit.get(0).get("path").asString()).isEqualTo("/details/dealValue");
        assertThat(edit.get(0).get("from").asInt()).isEqualTo(90000);
        assertThat(edit.get(0).get("to").asInt()).isEqualTo(95000);
    }

    @Test
    void aSellerMaySendAReferralWithoutDealDetails() {
        String body = Deals.sellerReferral("Northwind early lead", "fabrikam")
                .replaceAll("(?s),\\s*\"details\": \\{.*?\\}\\]\\}\\}", "");
        assertThat(body).doesNotContain("dealValue");
        JsonNode sent = api.create("mia", body);
        JsonNode received = api.engagement("carol", sent.get("engagementId").asString()).get(0);
        assertThat(received.get("substatus").asString()).isEqualTo("Received");
        assertThat(received.has("details")).isFalse();
    }

    @Test
    void declineNeedsAReasonAndThenTheReferralIsReadOnly() {
        JsonNode sent = api.create("mia", Deals.sellerReferral("Northwind decline", "contoso"));
        JsonNode received = api.engagement("bob", sent.get("engagementId").asString()).get(0);
        String id = received.get("id").asString();

        api.patch("bob", id, Deals.declinePatch(" "), null).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("statusReason");
        api.patch("bob", id, Deals.declinePatch("CustomerUnresponsive"), null).expectStatus().isOk()
                .expectBody().jsonPath("$.substatus").isEqualTo("Declined")
                .jsonPath("$.statusReason").isEqualTo("CustomerUnresponsive")
                .jsonPath("$.closedDateTime").exists();

        api.patch("bob", id, "[{\"op\":\"replace\",\"path\":\"/name\",\"value\":\"Renamed\"}]", null)
                .expectStatus().isEqualTo(409);
        // The sender's organization was told, with the reason.
        String changes = db.sql("SELECT changes::text FROM referral_event WHERE organisation_id = 'microsoft' "
                        + "AND type = 'related-referral-updated' AND referral_id = :id")
                .bind("id", java.util.UUID.fromString(sent.get("id").asString()))
                .map(row -> row.get(0, String.class)).all().collectList().block().toString();
        assertThat(changes).contains("Declined", "CustomerUnresponsive");
    }

    @Test
    void acceptedDealIsWonOrLostAndClosedIsFinal() {
        String won = api.create("bob", Deals.privateDeal("Deal to win")).get("id").asString();
        api.patch("bob", won, Deals.stagePatch("Closed", "Won", null), null).expectStatus().isOk()
                .expectBody().jsonPath("$.substatus").isEqualTo("Won");
        api.patch("bob", won, Deals.stagePatch("Active", "Accepted", null), null).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.allowed").isEmpty();

        String lost = api.create("bob", Deals.privateDeal("Deal to lose")).get("id").asString();
        api.patch("bob", lost, Deals.stagePatch("Closed", "Lost", null), null).expectStatus().isBadRequest();
        api.patch("bob", lost, Deals.stagePatch("Closed", "Lost", "CustomerChoseAnotherVendor"), null)
                .expectStatus().isOk().expectBody().jsonPath("$.statusReason").isEqualTo("CustomerChoseAnotherVendor");
    }

    @Test
    void illegalMovesAreRefusedWithTheAllowedOnes() {
        JsonNode sent = api.create("mia", Deals.sellerReferral("Northwind illegal", "contoso"));
        String received = api.engagement("bob", sent.get("engagementId").asString()).get(0).get("id").asString();

        api.patch("bob", received, Deals.stagePatch("Closed", "Won", null), null).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.allowed[0]").isEqualTo("Active/Accepted")
                .jsonPath("$.allowed[1]").isEqualTo("Closed/Declined");
        api.patch("bob", received, Deals.stagePatch("Closed", "Expired", null), null).expectStatus().isEqualTo(409);
        api.patch("bob", received, Deals.stagePatch("New", "Accepted", null), null).expectStatus().isBadRequest();
        String deal = api.create("bob", Deals.privateDeal("Back to received")).get("id").asString();
        api.patch("bob", deal, Deals.stagePatch("New", "Received", null), null).expectStatus().isEqualTo(409);
    }

    @Test
    void anExpiredReferralCanNoLongerBeAnswered() {
        JsonNode sent = api.create("mia", Deals.sellerReferral("Northwind late", "contoso"));
        JsonNode received = api.engagement("bob", sent.get("engagementId").asString()).get(0);
        db.sql("UPDATE referral SET doc = jsonb_set(doc, '{expirationDateTime}', to_jsonb(:at::text)), "
                        + "expiration_at = :at::timestamptz WHERE id = :id")
                .bind("at", Instant.now().minusSeconds(5).toString())
                .bind("id", java.util.UUID.fromString(received.get("id").asString()))
                .then().block();

        api.patch("bob", received.get("id").asString(), Deals.acceptPatch("Too late"), null)
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d).contains("expired"));
    }

    @Test
    void aPrivateDealCanBeSharedLater() {
        JsonNode deal = api.create("bob", Deals.privateDeal("Share me later"));
        String engagement = deal.get("engagementId").asString();
        assertThat(api.engagement("mia", engagement)).isEmpty();

        api.patch("bob", deal.get("id").asString(), """
                [{"op": "replace", "path": "/type", "value": "Shared"},
                 {"op": "add", "path": "/inviteContext", "value": {"assistanceRequestCode": "QuotesOrLicensing", "notes": "Pricing help"}}]""",
                deal.get("eTag").asString()).expectStatus().isOk().expectBody().jsonPath("$.type").isEqualTo("Shared");

        JsonNode request = api.engagement("mia", engagement).get(0);
        assertThat(request.at("/inviteContext/assistanceRequestCode").asString()).isEqualTo("QuotesOrLicensing");
        // Each organization's team is its own: contoso's people are neither the vendor's team nor its contacts
        assertThat(request.has("team")).isFalse();
        assertThat(api.read("mia", "/v1.0/contacts/recent").findValuesAsString("email"))
                .noneMatch(email -> email.endsWith("@contoso.example.com"));
        // The vendor engages: the partner's referral shows it.
        api.patch("mia", request.get("id").asString(), Deals.acceptPatch("Share me later (vendor)"), null)
                .expectStatus().isOk();
        // The outcome is the partner's to report: the seller who engaged cannot close the deal as won
        api.patch("mia", request.get("id").asString(), Deals.stagePatch("Closed", "Won", null), null)
                .expectStatus().isForbidden();
        assertThat(api.read("bob", REFERRALS + "/" + deal.get("id").asString())
                .at("/relatedParties/0/substatus").asString()).isEqualTo("Accepted");
        // And it cannot go private again.
        api.patch("bob", deal.get("id").asString(), "[{\"op\":\"replace\",\"path\":\"/type\",\"value\":\"Independent\"}]",
                null).expectStatus().isEqualTo(409);
    }

    @Test
    void favoritesArePerUser() {
        String id = api.create("bob", Deals.privateDeal("Heart me")).get("id").asString();

        api.patch("bob", id, "[{\"op\":\"replace\",\"path\":\"/favorite\",\"value\":true}]", null)
                .expectStatus().isOk().expectBody().jsonPath("$.favorite").isEqualTo(true);

        assertThat(api.read("bob", REFERRALS + "/" + id).get("favorite").asBoolean()).isTrue();
        assertThat(api.read("alice", REFERRALS + "/" + id).get("favorite").asBoolean()).isFalse();
        assertThat(api.read("bob", REFERRALS + "?$filter=favorite eq true and id eq " + id).get("value")).hasSize(1);
        assertThat(api.read("alice", REFERRALS + "?$filter=favorite eq true and id eq " + id).get("value")).isEmpty();
        api.patch("carol", id, "[{\"op\":\"replace\",\"path\":\"/favorite\",\"value\":true}]", null)
                .expectStatus().isNotFound();
    }

    @Test
    void eTagsGuardConcurrentEdits() {
        JsonNode deal = api.create("bob", Deals.privateDeal("Guarded"));
        String id = deal.get("id").asString();
        String etag = deal.get("eTag").asString();
        String rename = "[{\"op\":\"replace\",\"path\":\"/name\",\"value\":\"Guarded v2\"}]";

        api.put("bob", id, deal.toString(), null).expectStatus().isEqualTo(428);
        api.patch("bob", id, rename, etag).expectStatus().isOk();
        api.patch("bob", id, rename, etag).expectStatus().isEqualTo(412)
                .expectBody().jsonPath("$.currentETag").exists();
        api.put("bob", id, deal.toString(), etag).expectStatus().isEqualTo(412);

        JsonNode fresh = api.read("bob", REFERRALS + "/" + id);
        String body = fresh.toString().replace("Guarded v2", "Guarded v3");
        api.put("bob", id, body, fresh.get("eTag").asString()).expectStatus().isOk()
                .expectBody().jsonPath("$.name").isEqualTo("Guarded v3");
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
