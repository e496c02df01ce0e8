package com.cosell.backend.referral;

import static com.cosell.backend.support.Api.REFERRALS;
import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.support.ApiTestBase;
import com.cosell.backend.support.Deals;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Editing a referral: the history records exactly what changed, favorites are per user, ETags guard edits. */
class ReferralEditApiTest extends ApiTestBase {

    @Test
    void theHistoryRecordsExactlyWhatAPatchChanged() {
        JsonNode sent = api.create("mia", Deals.sellerReferral("Audited migration", "contoso"));
        String id = api.engagement("bob", sent.get("engagementId").asString())
                .get(0)
                .get("id")
                .asString();
        String later = java.time.Instant.now()
                .plus(90, java.time.temporal.ChronoUnit.DAYS)
                .truncatedTo(java.time.temporal.ChronoUnit.DAYS)
                .toString();
        api.patch("bob", id, """
                [{"op": "replace", "path": "/status", "value": "Active"},
                 {"op": "replace", "path": "/substatus", "value": "Accepted"},
                 {"op": "replace", "path": "/name", "value": "Audited cloud migration"},
                 {"op": "replace", "path": "/details/dealValue", "value": 90000},
                 {"op": "replace", "path": "/details/closingDateTime", "value": "%s"},
                 {"op": "add", "path": "/externalReferenceId", "value": "CRM-AUDIT-1"}]""".formatted(later), null)
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult();
        api.patch("bob", id, """
                [{"op": "replace", "path": "/details/dealValue", "value": 95000}]""", null)
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult();

        JsonNode history = api.read("bob", REFERRALS + "/" + id + "/history");
        List<String> accept = new java.util.ArrayList<>();
        history.get(history.size() - 2)
                .get("changes")
                .forEach(c -> accept.add(c.get("path").asString()));
        assertThat(accept)
                .containsExactlyInAnyOrder(
                        "/status",
                        "/substatus",
                        "/name",
                        "/details/dealValue",
                        "/details/closingDateTime",
                        "/externalReferenceId");
        JsonNode edit = history.get(history.size() - 1).get("changes");
        assertThat(edit).hasSize(1);
        assertThat(edit.get(0).get("path").asString()).isEqualTo("/details/dealValue");
        assertThat(edit.get(0).get("from").asInt()).isEqualTo(90000);
        assertThat(edit.get(0).get("to").asInt()).isEqualTo(95000);
    }

    @Test
    void favoritesArePerUser() {
        String id = api.create("bob", Deals.privateDeal("Heart me")).get("id").asString();

        api.patch("bob", id, "[{\"op\":\"replace\",\"path\":\"/favorite\",\"value\":true}]", null)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.favorite")
                .isEqualTo(true);

        assertThat(api.read("bob", REFERRALS + "/" + id).get("favorite").asBoolean())
                .isTrue();
        assertThat(api.read("alice", REFERRALS + "/" + id).get("favorite").asBoolean())
                .isFalse();
        assertThat(api.read("bob", REFERRALS + "?$filter=favorite eq true and id eq " + id)
                        .get("value"))
                .hasSize(1);
        assertThat(api.read("alice", REFERRALS + "?$filter=favorite eq true and id eq " + id)
                        .get("value"))
                .isEmpty();
        api.patch("carol", id, "[{\"op\":\"replace\",\"path\":\"/favorite\",\"value\":true}]", null)
                .expectStatus()
                .isNotFound();
    }

    @Test
    void eTagsGuardConcurrentEdits() {
        JsonNode deal = api.create("bob", Deals.privateDeal("Guarded"));
        String id = deal.get("id").asString();
        String etag = deal.get("eTag").asString();
        String rename = "[{\"op\":\"replace\",\"path\":\"/name\",\"value\":\"Guarded v2\"}]";

        api.put("bob", id, deal.toString(), null).expectStatus().isEqualTo(428);
        api.patch("bob", id, rename, etag).expectStatus().isOk();
        api.patch("bob", id, rename, etag)
                .expectStatus()
                .isEqualTo(412)
                .expectBody()
                .jsonPath("$.currentETag")
                .exists();
        api.put("bob", id, deal.toString(), etag).expectStatus().isEqualTo(412);

        JsonNode fresh = api.read("bob", REFERRALS + "/" + id);
        String body = fresh.toString().replace("Guarded v2", "Guarded v3");
        api.put("bob", id, body, fresh.get("eTag").asString())
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.name")
                .isEqualTo("Guarded v3");
    }

    @Test
    void aPatchAnswersTheReferralAsAReadShowsIt() {
        // The answer is built from what was written, not read again: it must be what a GET then shows.
        JsonNode deal = api.create("bob", Deals.invitingDeal("Answer as read", "fabrikam"));
        String id = deal.get("id").asString();
        api.patch("bob", id, "[{\"op\":\"replace\",\"path\":\"/favorite\",\"value\":true}]", null)
                .expectStatus()
                .isOk();
        JsonNode answered = com.cosell.backend.support.Api.json(api.patch("bob", id, """
                        [{"op": "replace", "path": "/details/dealValue", "value": 42000.5},
                         {"op": "replace", "path": "/status", "value": "Closed"},
                         {"op": "replace", "path": "/substatus", "value": "Won"}]""", null)
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody());
        JsonNode read = api.read("bob", REFERRALS + "/" + id);
        assertThat(answered).isEqualTo(read);
        assertThat(answered.get("favorite").asBoolean()).isTrue();
        assertThat(answered.at("/relatedParties/0/organizationId").asString()).isEqualTo("fabrikam");
        assertThat(answered.at("/target/0/id").asString()).isEqualTo("fabrikam");
        assertThat(answered.get("eTag").asString())
                .isNotEqualTo(deal.get("eTag").asString());
    }
}
