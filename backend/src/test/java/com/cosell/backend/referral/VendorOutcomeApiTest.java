package com.cosell.backend.referral;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.support.Api;
import com.cosell.backend.support.BackendTest;
import com.cosell.backend.support.Deals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The outcome of a referral a seller sent is the partner's to report, as the README's security table
 * says: the seller's own (outgoing) copy cannot be closed Won or Lost by PATCH or PUT, and shows the
 * partner's outcome instead.
 */
@BackendTest
class VendorOutcomeApiTest {

    @Autowired
    WebTestClient client;

    @Test
    void aSellerCannotCloseTheReferralSheSent() {
        Api api = new Api(client);
        JsonNode sent = api.create("mia", Deals.sellerReferral("Outcome is the partner's", "contoso"));
        String id = sent.get("id").asString();

        api.patch("mia", id, Deals.stagePatch("Closed", "Won", null), null)
                .expectStatus()
                .isForbidden()
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo("Won or lost is the partner's to report; the vendor's sellers engage or decline.");
        api.patch("mia", id, Deals.stagePatch("Closed", "Lost", "CustomerChoseAnotherVendor"), null)
                .expectStatus()
                .isForbidden();
        JsonNode mine = api.read("mia", Api.REFERRALS + "/" + id);
        ObjectNode put = (ObjectNode) mine.deepCopy();
        put.put("status", "Closed").put("substatus", "Won");
        api.put("mia", id, put.toString(), mine.get("eTag").asString())
                .expectStatus()
                .isForbidden();
        // A refusal offers the seller no stage she may not choose.
        api.patch("mia", id, Deals.declinePatch("NotInterested"), null)
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.allowed")
                .isEmpty();

        JsonNode received =
                api.engagement("bob", sent.get("engagementId").asString()).get(0);
        api.patch("bob", received.get("id").asString(), Deals.acceptPatch("Partner's deal"), null)
                .expectStatus()
                .isOk();
        api.patch("bob", received.get("id").asString(), Deals.stagePatch("Closed", "Won", null), null)
                .expectStatus()
                .isOk();

        mine = api.read("mia", Api.REFERRALS + "/" + id);
        assertThat(mine.get("status").asString() + "/" + mine.get("substatus").asString())
                .isEqualTo("Active/Accepted");
        assertThat(mine.at("/relatedParties/0/organizationId").asString()).isEqualTo("contoso");
        assertThat(mine.at("/relatedParties/0/substatus").asString()).isEqualTo("Won");
    }
}
