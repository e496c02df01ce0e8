package com.cosell.backend.insights;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.expiry.ExpiryJob;
import com.cosell.backend.support.Api;
import com.cosell.backend.support.BackendTest;
import com.cosell.backend.support.Deals;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * The figures of a small known data set, exactly: five referrals mia sent contoso, answered by bob,
 * then moved (their dates, keeping nothing else) into March 2001, a month no other test uses.
 */
@BackendTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InsightsApiTest {

    static final String MARCH = "/v1.0/insights?from=2001-03&to=2001-03";
    static final Instant START = Instant.parse("2001-03-01T00:00:00Z");

    @Autowired
    WebTestClient client;

    @Autowired
    DatabaseClient db;

    @Autowired
    ExpiryJob expiry;

    Api api;

    @BeforeAll
    void fiveReferralsAnsweredInMarch2001() {
        api = new Api(client);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String engagement = api.create("mia", Deals.sellerReferral("Insight " + i, "contoso"))
                    .get("engagementId")
                    .asString();
            ids.add(api.engagement("bob", engagement).get(0).get("id").asString());
        }
        ok(api.patch("bob", ids.get(0), Deals.acceptPatch("Insight won"), null));
        ok(api.patch("bob", ids.get(0), Deals.stagePatch("Closed", "Won", null), null));
        ok(api.patch("bob", ids.get(1), Deals.acceptPatch("Insight lost"), null));
        ok(api.patch("bob", ids.get(1), Deals.stagePatch("Closed", "Lost", "CustomerChoseAnotherVendor"), null));
        ok(api.patch("bob", ids.get(2), Deals.declinePatch("NotACustomer"), null));
        db.sql("UPDATE referral SET expiration_at = :at WHERE id = CAST(:id AS uuid)")
                .bind("at", Instant.now().minusSeconds(5))
                .bind("id", ids.get(3))
                .then()
                .block();
        expiry.run().block();
        // Received 2001-03-01; accepted after 2 h and 30 h, won after 4 days, declined after 90 minutes.
        warp(ids.get(0), Duration.ofHours(2), Duration.ofDays(4));
        warp(ids.get(1), Duration.ofHours(30), Duration.ofDays(20));
        warp(ids.get(2), null, Duration.ofMinutes(90));
        warp(ids.get(3), null, Duration.ofDays(14));
        warp(ids.get(4), null, null);
    }

    @Test
    void thePartnersFiguresAreExactlyItsReferrals() {
        JsonNode i = api.read("bob", MARCH);
        assertThat(i.get("organizationId").asString()).isEqualTo("contoso");
        assertThat(i.get("direction").asString()).isEqualTo("Incoming");
        assertThat(i.get("funnel").toString()).isEqualTo("{\"received\":5,\"accepted\":2,\"won\":1}");
        // average exact; median and p90 the upper bounds of the buckets (4 h, 2 d) the ranks fall in
        assertThat(i.get("timeToAccept").toString())
                .isEqualTo("{\"count\":2,\"averageSeconds\":57600,\"medianSeconds\":14400,\"p90Seconds\":172800}");
        assertThat(i.get("timeToWin").toString())
                .isEqualTo("{\"count\":1,\"averageSeconds\":345600,\"medianSeconds\":432000,\"p90Seconds\":432000}");
        assertThat(i.get("outcomes").toString())
                .isEqualTo("[{\"substatus\":\"Received\",\"count\":1,\"reasons\":[]},"
                        + "{\"substatus\":\"Won\",\"count\":1,\"reasons\":[]},"
                        + "{\"substatus\":\"Lost\",\"count\":1,\"reasons\":[{\"reason\":\"CustomerChoseAnotherVendor\",\"count\":1}]},"
                        + "{\"substatus\":\"Declined\",\"count\":1,\"reasons\":[{\"reason\":\"NotACustomer\",\"count\":1}]},"
                        + "{\"substatus\":\"Expired\",\"count\":1,\"reasons\":[]}]");
        String figures = ",\"referrals\":5,\"accepted\":2,\"won\":1,\"lost\":1,\"winRate\":0.5,"
                + "\"wonValue\":[{\"currency\":\"USD\",\"amount\":90000.0}]}]";
        assertThat(i.get("bySolution").toString())
                .isEqualTo("[{\"key\":\"" + Deals.AZURE + "\",\"name\":\"Microsoft Azure\"" + figures);
        assertThat(i.get("byCountry").toString()).isEqualTo("[{\"key\":\"US\"" + figures);
        assertThat(i.get("byMonth").toString()).isEqualTo("[{\"key\":\"2001-03\"" + figures);
        assertThat(i.has("partners")).as("a partner sees no partners' figures").isFalse();
    }

    @Test
    void theVendorSeesHowThePartnerAnsweredItsReferrals() {
        JsonNode partners = api.read("mia", MARCH).get("partners");
        // answers after 2 h, 30 h, 90 min: the median in the 4 h bucket, p90 in the 2 d one; one expired
        assertThat(partners.toString())
                .isEqualTo("[{\"organizationId\":\"contoso\",\"name\":\"Contoso Ltd.\",\"answered\":3,\"expired\":1,"
                        + "\"medianSeconds\":14400,\"p90Seconds\":172800}]");
    }

    @Test
    void nobodyElseSeesAnyOfIt() {
        JsonNode carol = api.read("carol", MARCH);
        assertThat(carol.get("funnel").toString()).isEqualTo("{\"received\":0,\"accepted\":0,\"won\":0}");
        assertThat(carol.get("bySolution").size()).isZero();
        // mia's own received referrals in March 2001: none (the five are contoso's)
        assertThat(api.read("mia", MARCH).get("funnel").get("received").asLong())
                .isZero();
        api.get("dave", MARCH).expectStatus().isForbidden();
        // the months outside the period count nothing
        assertThat(api.read("bob", "/v1.0/insights?from=2001-04&to=2001-12")
                        .get("funnel")
                        .get("received")
                        .asLong())
                .isZero();
    }

    @Test
    void badPeriodsAreProblems() {
        for (String query :
                List.of("from=2001-13", "from=2002-01&to=2001-01", "from=1990-01&to=2001-01", "direction=Up")) {
            api.get("bob", "/v1.0/insights?" + query)
                    .expectStatus()
                    .isBadRequest()
                    .expectHeader()
                    .contentType("application/problem+json");
        }
    }

    /** Moves a referral's dates to START, keeping the stage: accepted and closed after these durations. */
    private void warp(String id, @Nullable Duration accepted, @Nullable Duration closed) {
        db.sql("""
                        UPDATE referral SET created_at = :created, doc = doc
                            || jsonb_build_object('createdDateTime', CAST(:createdText AS text))
                            || CASE WHEN doc ? 'acceptedDateTime' THEN jsonb_build_object('acceptedDateTime', CAST(:accepted AS text)) ELSE '{}' END
                            || CASE WHEN doc ? 'closedDateTime' THEN jsonb_build_object('closedDateTime', CAST(:closed AS text)) ELSE '{}' END
                        WHERE id = CAST(:id AS uuid)""")
                .bind("created", START)
                .bind("createdText", START.toString())
                .bind("accepted", accepted == null ? "" : START.plus(accepted).toString())
                .bind("closed", closed == null ? "" : START.plus(closed).toString())
                .bind("id", id)
                .then()
                .block();
        // The other parties' copies (mia's) move along: the engagement stays in one month for everyone.
        db.sql("""
                        UPDATE referral SET created_at = :created,
                            doc = doc || jsonb_build_object('createdDateTime', CAST(:createdText AS text))
                        WHERE engagement_id = (SELECT engagement_id FROM referral WHERE id = CAST(:id AS uuid))
                            AND id <> CAST(:id AS uuid)""")
                .bind("created", START)
                .bind("createdText", START.toString())
                .bind("id", id)
                .then()
                .block();
    }

    private static void ok(WebTestClient.ResponseSpec response) {
        response.expectStatus().is2xxSuccessful();
    }
}
