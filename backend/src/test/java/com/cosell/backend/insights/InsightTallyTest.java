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
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * The insight tallies equal a direct computation over the referral rows after random changes of
 * every kind (creates, invitations, answers, outcomes, withdrawals, expiry, a deleted row, edits
 * that change nothing counted) and concurrent folds.
 */
@BackendTest
class InsightTallyTest {

    /** Per key: count, value, seconds to accept, seconds to won — from the tally, then from the rows. */
    static final String TALLIED = """
            SELECT concat_ws('/', organization_id, direction, month, country, solution_id, substatus, reason, currency) AS k,
                   concat_ws('/', sum(n), sum(value), sum(accept_s), sum(won_s)) AS v
            FROM insight_tally GROUP BY organization_id, direction, month, country, solution_id, substatus, reason, currency
            HAVING sum(n) <> 0""";

    static final String COUNTED = """
            SELECT concat_ws('/', f.organization_id, f.direction, f.month, f.country, f.solution_id, f.substatus, f.reason,
                       f.currency) AS k,
                   concat_ws('/', count(*), sum(f.value), sum(f.accept_s), sum(f.won_s)) AS v
            FROM referral r, LATERAL insight_facts(r.organization_id, r.direction, r.created_at, r.customer_country,
                r.substatus, r.currency, r.deal_value, r.doc) f
            GROUP BY f.organization_id, f.direction, f.month, f.country, f.solution_id, f.substatus, f.reason, f.currency""";
    static final String TALLIED_DURATIONS = """
            SELECT concat_ws('/', organization_id, direction, month, kind, counterpart, bucket) AS k, CAST(sum(n) AS text) AS v
            FROM insight_duration GROUP BY organization_id, direction, month, kind, counterpart, bucket HAVING sum(n) <> 0""";
    static final String COUNTED_DURATIONS = """
            SELECT concat_ws('/', f.organization_id, f.direction, f.month, f.kind, f.counterpart, f.bucket) AS k,
                   CAST(count(*) AS text) AS v
            FROM referral r, LATERAL insight_durations(r.organization_id, r.direction, r.created_at, r.customer_country,
                r.substatus, r.currency, r.deal_value, r.doc) f
            GROUP BY f.organization_id, f.direction, f.month, f.kind, f.counterpart, f.bucket""";

    @Autowired
    WebTestClient client;

    @Autowired
    DatabaseClient db;

    @Autowired
    InsightFold fold;

    @Autowired
    ExpiryJob expiry;

    @Test
    void theTalliesEqualTheRowsAfterRandomChanges() {
        Api api = new Api(client);
        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<String[]> received = new ArrayList<>(); // {user, id} of referrals still to answer
        List<String[]> accepted = new ArrayList<>();
        for (int step = 0; step < 40; step++) {
            String partner = random.nextBoolean() ? "contoso" : "fabrikam";
            String user = partner.equals("contoso") ? "bob" : "carol";
            String other = partner.equals("contoso") ? "fabrikam" : "contoso";
            switch (random.nextInt(8)) {
                case 0, 1 -> {
                    String e = api.create("mia", Deals.sellerReferral("Tally " + step, partner))
                            .get("engagementId")
                            .asString();
                    received.add(new String[] {
                        user, api.engagement(user, e).get(0).get("id").asString()
                    });
                }
                case 2 -> {
                    String e = api.create(user, Deals.invitingDeal("Tally p2p " + step, other))
                            .get("engagementId")
                            .asString();
                    String invitee = other.equals("contoso") ? "bob" : "carol";
                    received.add(new String[] {
                        invitee, api.engagement(invitee, e).get(0).get("id").asString()
                    });
                    if (random.nextBoolean()) { // a withdrawal closes the invitee's copy as expired
                        String mine = api.engagement(user, e).get(0).get("id").asString();
                        api.delete(user, Api.REFERRALS + "/" + mine + "/target/" + other);
                    }
                }
                case 3 ->
                    accepted.add(new String[] {
                        user,
                        api.create(user, Deals.privateDeal("Tally own " + step))
                                .get("id")
                                .asString()
                    });
                case 4, 5 -> {
                    if (!received.isEmpty()) {
                        String[] r = received.remove(random.nextInt(received.size()));
                        boolean accept = random.nextBoolean();
                        api.patch(
                                r[0],
                                r[1],
                                accept
                                        ? Deals.acceptPatch("Tally answered")
                                        : Deals.declinePatch(random.nextBoolean() ? "SpamOrAbuse" : "in my own words"),
                                null);
                        if (accept) {
                            accepted.add(r);
                        }
                    }
                }
                case 6 -> {
                    if (!accepted.isEmpty()) {
                        String[] r = accepted.remove(random.nextInt(accepted.size()));
                        api.patch(
                                r[0],
                                r[1],
                                random.nextBoolean()
                                        ? Deals.stagePatch("Closed", "Won", null)
                                        : Deals.stagePatch("Closed", "Lost", "BudgetInsufficient"),
                                null);
                    }
                }
                default -> {
                    if (!received.isEmpty()) {
                        String[] r = received.remove(random.nextInt(received.size()));
                        db.sql("UPDATE referral SET expiration_at = :at WHERE id = CAST(:id AS uuid)")
                                .bind("at", Instant.now().minusSeconds(1))
                                .bind("id", r[1])
                                .then()
                                .block();
                        expiry.run().block();
                    }
                }
            }
            if (step % 10 == 9) {
                Flux.range(0, 2)
                        .flatMap(i -> fold.fold().subscribeOn(Schedulers.parallel()))
                        .blockLast();
            }
        }
        // An earlier month, a deleted row and an edit that moves no figure.
        // Whole engagements move, every party's copy with them, as a deal's copies are created together:
        // other checks (IsolationPropertyTest) compare one party's month with another's.
        db.sql("UPDATE referral SET created_at = created_at - interval '40 days' WHERE engagement_id IN "
                        + "(SELECT engagement_id FROM referral WHERE name LIKE 'Tally%' ORDER BY id LIMIT 3)")
                .then()
                .block();
        db.sql(
                        "DELETE FROM referral WHERE id = (SELECT id FROM referral WHERE name LIKE 'Tally own%' "
                                + "AND NOT EXISTS (SELECT 1 FROM deal_registration d WHERE d.referral_id = referral.id) LIMIT 1)")
                .then()
                .block();
        db.sql("UPDATE referral SET name = name || ' again' WHERE name LIKE 'Tally%'")
                .then()
                .block();
        assertThat(map(TALLIED)).as("seed %d", seed).isEqualTo(map(COUNTED)).isNotEmpty();
        assertThat(map(TALLIED_DURATIONS)).as("seed %d", seed).isEqualTo(map(COUNTED_DURATIONS));
        fold.fold().block();
        assertThat(map(TALLIED)).as("seed %d, folded", seed).isEqualTo(map(COUNTED));
        assertThat(map(TALLIED_DURATIONS)).as("seed %d, folded", seed).isEqualTo(map(COUNTED_DURATIONS));
        assertThat(fold.interval()).isEqualTo(Duration.ofSeconds(30));
    }

    private Map<String, String> map(String sql) {
        return new TreeMap<>(db.sql(sql)
                .map(r -> Map.entry(r.get("k", String.class), r.get("v", String.class)))
                .all()
                .collectMap(Map.Entry::getKey, Map.Entry::getValue)
                .block());
    }
}
