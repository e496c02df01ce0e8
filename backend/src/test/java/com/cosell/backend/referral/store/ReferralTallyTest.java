package com.cosell.backend.referral.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.expiry.ExpiryJob;
import com.cosell.backend.referral.ReferralQuery;
import com.cosell.backend.support.Api;
import com.cosell.backend.support.ApiTestBase;
import com.cosell.backend.support.Deals;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/** The per-stage tally behind $count agrees with the rows after every kind of change, folded or not. */
class ReferralTallyTest extends ApiTestBase {

    @Autowired
    ReferralTally tally;

    @Autowired
    ExpiryJob expiry;

    @Test
    void theTallyCountsWhatTheRowsSayThroughCreatesAnswersAndExpiry() {
        List<UUID> received = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String engagement = api.create("mia", Deals.sellerReferral("Tally " + i, "contoso"))
                    .get("engagementId")
                    .asString();
            received.add(UUID.fromString(
                    api.engagement("bob", engagement).get(0).get("id").asString()));
        }
        api.create("bob", Deals.privateDeal("Tally private"));
        api.patch("bob", received.get(0).toString(), Deals.acceptPatch("Tally won"), null)
                .expectStatus()
                .isOk();
        api.patch("bob", received.get(1).toString(), Deals.declinePatch("NotACustomer"), null)
                .expectStatus()
                .isOk();
        db.sql("UPDATE referral SET expiration_at = :at WHERE id = :id")
                .bind("at", Instant.now().minusSeconds(5))
                .bind("id", received.get(2))
                .then()
                .block();
        expiry.run().block();
        assertThat(tallied()).isEqualTo(counted());

        // Folds running at once (as on several instances) keep the sums and leave one row per stage.
        Flux.range(0, 3)
                .flatMap(i -> tally.fold().subscribeOn(Schedulers.parallel()))
                .blockLast();
        assertThat(tallied()).isEqualTo(counted());
        assertThat(db.sql("SELECT count(*) AS n FROM referral_tally")
                        .map(r -> r.get("n", Long.class))
                        .one()
                        .block())
                .isEqualTo(counted().size());
    }

    @Test
    void countByStageComesFromTheTallyAndAgreesWithTheRowsListed() {
        String engagement = "";
        for (int i = 0; i < 3; i++) {
            engagement = api.create("mia", Deals.sellerReferral("Counted " + i, "contoso"))
                    .get("engagementId")
                    .asString();
        }
        api.patch(
                        "bob",
                        api.engagement("bob", engagement).get(0).get("id").asString(),
                        Deals.acceptPatch("Counted won"),
                        null)
                .expectStatus()
                .isOk();
        for (String filter : List.of(
                "direction eq 'Incoming' and substatus eq 'Received'",
                "direction eq 'Incoming' and (status eq 'Closed' or substatus eq 'Accepted')",
                "direction eq 'Incoming' and startswith(name,'Counted')")) {
            var page = api.read("bob", Api.REFERRALS + "?$count=true&$top=200&$filter=" + filter);
            var where = ReferralQuery.parse(filter, null, null, null, null).filter();
            var count = db.sql("SELECT count(*) AS n FROM referral r WHERE r.organization_id = 'contoso' AND ("
                    + where.sql() + ")");
            for (var p : where.parameters().entrySet()) {
                count = count.bind(p.getKey(), p.getValue());
            }
            long rows = count.map(r -> r.get("n", Long.class)).one().block();
            assertThat(page.get("@odata.count").asLong())
                    .as(filter)
                    .isEqualTo(rows)
                    .isPositive();
        }
        assertThat(ReferralQuery.parse("direction eq 'Incoming' and substatus eq 'Received'", null, null, null, null)
                        .tallyFilter())
                .isNotNull();
        assertThat(ReferralQuery.parse("direction eq 'Incoming' and startswith(name,'Counted')", null, null, null, null)
                        .tallyFilter())
                .isNull();
    }

    @Test
    void foldsEveryThirtySecondsByDefault() {
        // the schedule itself is RepeatingJobTest's
        assertThat(tally.interval()).isEqualTo(Duration.ofSeconds(30));
    }

    private Map<String, Long> tallied() {
        return stages("SELECT organization_id || '/' || direction || '/' || status || '/' || substatus AS k, "
                + "CAST(sum(n) AS bigint) AS n FROM referral_tally GROUP BY 1 HAVING sum(n) <> 0");
    }

    private Map<String, Long> counted() {
        return stages("SELECT organization_id || '/' || direction || '/' || status || '/' || substatus AS k, "
                + "count(*) AS n FROM referral GROUP BY 1");
    }

    private Map<String, Long> stages(String sql) {
        return new TreeMap<>(db.sql(sql)
                .map(r -> Map.entry(r.get("k", String.class), r.get("n", Long.class)))
                .all()
                .collectMap(Map.Entry::getKey, Map.Entry::getValue)
                .block());
    }
}
