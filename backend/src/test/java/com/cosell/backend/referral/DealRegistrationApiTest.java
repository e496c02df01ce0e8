package com.cosell.backend.referral;

import static com.cosell.backend.support.Api.REFERRALS;
import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.support.Api;
import com.cosell.backend.support.ApiTestBase;
import com.cosell.backend.support.Deals;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** Won on an eligible solution → registered → reviewed by a seller → the partner sees the verdict. */
class DealRegistrationApiTest extends ApiTestBase {

    private static String submission(String value) {
        return """
                {"contractValue": %s, "currency": "USD", "signedDateTime": "%s", "termMonths": 36}""".formatted(value, Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
    }

    private String wonDeal(String name) {
        String id = api.create("bob", Deals.privateDeal(name)).get("id").asString();
        api.patch("bob", id, Deals.stagePatch("Closed", "Won", null), null)
                .expectStatus()
                .isOk();
        return id;
    }

    private WebTestClient.ResponseSpec review(String user, String registrationId, String body) {
        return client.patch()
                .uri("/v1.0/registrations/" + registrationId)
                .headers(h -> h.setBearerAuth(com.cosell.backend.support.Users.token(user)))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    @Test
    void registerReviewSendBackResubmitAndApprove() {
        String id = wonDeal("Registered deal");

        JsonNode registration = Api.json(api.post("bob", REFERRALS + "/" + id + "/registrations", submission("250000"))
                .expectStatus()
                .isCreated()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody());
        assertThat(registration.get("status").asString()).isEqualTo("ReviewPending");
        assertThat(registration.get("solutions").asString()).contains("Contoso Analytics on Azure", "Microsoft Azure");
        assertThat(api.read("bob", REFERRALS + "/" + id)
                        .at("/registrations/0/status")
                        .asString())
                .isEqualTo("ReviewPending");
        String regId = registration.get("id").asString();

        // The seller sees it among those to review — the registration, not the partner's referral.
        assertThat(api.read("mia", "/v1.0/registrations?status=ReviewPending").findValuesAsString("id"))
                .contains(regId);
        api.get("mia", REFERRALS + "/" + id).expectStatus().isNotFound();

        review("mia", regId, "{\"status\": \"ActionRequired\"}").expectStatus().isBadRequest();
        review("mia", regId, "{\"status\": \"ActionRequired\", \"reviewComment\": \"Attach the signed order form\"}")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("ActionRequired");
        JsonNode partnerView = api.read("bob", REFERRALS + "/" + id);
        assertThat(partnerView.at("/registrations/0/status").asString()).isEqualTo("ActionRequired");
        assertThat(partnerView.at("/registrations/0/statusReason").asString())
                .isEqualTo("Attach the signed order form");
        assertThat(api.read("bob", "/v1.0/notifications").toString()).contains("REGISTRATION_REVIEWED");

        api.post("bob", REFERRALS + "/" + id + "/registrations", submission("260000"))
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("ReviewPending");
        review("mia", regId, "{\"status\": \"Approved\"}").expectStatus().isOk();
        review("mia", regId, "{\"status\": \"Rejected\", \"reviewComment\": \"Changed my mind\"}")
                .expectStatus()
                .isEqualTo(409);
        api.post("bob", REFERRALS + "/" + id + "/registrations", submission("1"))
                .expectStatus()
                .isEqualTo(409);
        assertThat(api.read("bob", REFERRALS + "/" + id)
                        .at("/registrations/0/status")
                        .asString())
                .isEqualTo("Approved");
    }

    @Test
    void onlyWonDealsWithAnEligibleSolutionAndValidDetails() {
        String open =
                api.create("bob", Deals.privateDeal("Not won yet")).get("id").asString();
        api.post("bob", REFERRALS + "/" + open + "/registrations", submission("1000"))
                .expectStatus()
                .isEqualTo(409);

        String won = wonDeal("Won but bad registration");
        api.post("bob", REFERRALS + "/" + won + "/registrations", """
                {"contractValue": -5, "currency": "XX", "signedDateTime": "2999-01-01T00:00:00Z", "termMonths": 0}""")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors.length()")
                .isEqualTo(4);
        // Another partner, or the seller, cannot register contoso's deal.
        api.post("carol", REFERRALS + "/" + won + "/registrations", submission("1000"))
                .expectStatus()
                .isNotFound();
        api.post("mia", REFERRALS + "/" + won + "/registrations", submission("1000"))
                .expectStatus()
                .isForbidden();
        // Partners do not review.
        review("bob", "00000000-0000-4000-8000-000000000000", "{\"status\": \"Approved\"}")
                .expectStatus()
                .isForbidden();
    }
}
