package com.cosell.backend.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.support.Api;
import com.cosell.backend.support.BackendTest;
import com.cosell.backend.support.Deals;
import com.cosell.backend.support.TestIssuer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** Events of an application's change name the application; an application may follow the stream. */
@BackendTest
class ApplicationEventTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final TestIssuer ISSUER = TestIssuer.get();

    @LocalServerPort
    int port;

    @Autowired
    WebTestClient client;

    @Test
    void aReferralSentByTheVendorsApplicationReachesThePartnersApplicationNamingTheSender() {
        try (StreamClient contosoCrm =
                StreamClient.connect(port, ISSUER.applicationToken("contoso-crm", "contoso", "REFERRAL_ADMIN"), null)) {
            contosoCrm.awaitReady();

            String body = client.post()
                    .uri(Api.REFERRALS)
                    .headers(h -> h.setBearerAuth(ISSUER.applicationToken("microsoft-crm", "microsoft", "SELLER")))
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Deals.sellerReferral("Stream: from the vendor's CRM", "contoso"))
                    .exchange()
                    .expectStatus()
                    .isCreated()
                    .expectBody(String.class)
                    .returnResult()
                    .getResponseBody();
            String engagement = Api.json(body).get("engagementId").asString();

            List<JsonNode> events = contosoCrm.eventsUntil(
                    e -> engagement.equals(e.path("engagementId").asString())
                            && "referral-created".equals(e.get("type").asString()),
                    WAIT);
            JsonNode created = events.getLast();
            assertThat(created.get("organizationId").asString()).isEqualTo("contoso");
            assertThat(created.get("actor").get("name").asString()).isEqualTo("microsoft-crm (application)");
            assertThat(created.get("actor").get("id").asString()).isEqualTo("sa-microsoft-crm");
        }
    }
}
