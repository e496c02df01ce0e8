package com.cosell.backend.seed;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.mail.KnownPeople;
import com.cosell.backend.owner.OwnerChanges;
import com.cosell.backend.referral.DemoDeadlines;
import com.cosell.backend.referral.ReferralService;
import com.cosell.backend.support.BackendTest;
import com.cosell.backend.support.TestDatabase;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

/** The demo set, in a database of its own: directory with shared addresses, referrals in every stage. */
@BackendTest
class DemoSeederTest {

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("DB_NAME", () -> TestDatabase.createDatabase("cosell_seed"));
    }

    @Autowired
    DatabaseClient db;

    @Autowired
    ReferralService referrals;

    @Autowired
    DemoDeadlines deadlines;

    @Autowired
    JsonMapper json;

    @Autowired
    Clock clock;

    @Autowired
    KnownPeople people;

    @Autowired
    OwnerChanges owners;

    @Test
    void fillsAnEmptyDatabaseOnceAndAgainDoesNothing() {
        DemoSeeder seeder = new DemoSeeder(
                db, referrals, deadlines, json, clock, new SeedProperties(true, 3000, 60), people, owners);

        StepVerifier.create(seeder.seed()).verifyComplete();

        assertThat(scalar("SELECT count(*) FROM customer")).isGreaterThanOrEqualTo(3000);
        assertThat(scalar("SELECT count(*) FROM (SELECT address_line1, city FROM customer "
                        + "GROUP BY 1, 2 HAVING count(DISTINCT duns) > 1) shared"))
                .isGreaterThan(50);
        List<String> stages = db.sql("SELECT DISTINCT status || '/' || substatus AS s FROM referral")
                .map(r -> r.get("s", String.class))
                .all()
                .collectList()
                .block();
        assertThat(stages).contains("New/Received", "Active/Accepted", "Closed/Declined", "Closed/Won", "Closed/Lost");
        assertThat(scalar("SELECT count(DISTINCT organization_id) FROM referral"))
                .isEqualTo(3);
        // Each organization's team is its own people, at the addresses they sign in with (mia's is the
        // realm's); a received copy lists none of the sender's
        assertThat(scalar("SELECT count(*) FROM referral r, jsonb_array_elements(r.doc->'team') m "
                        + "WHERE m->>'email' NOT LIKE '%@' || r.organization_id || '.example.com'"))
                .isZero();
        assertThat(scalar("SELECT count(DISTINCT m->>'email') FROM referral r, jsonb_array_elements(r.doc->'team') m"))
                .isGreaterThan(3);
        assertThat(scalar("SELECT count(DISTINCT r.doc #>> '{customerProfile,team,0,email}') FROM referral r"))
                .isGreaterThan(5);
        assertThat(scalar("SELECT count(*) FROM referral r, jsonb_array_elements(r.doc->'team') m "
                        + "WHERE m->>'email' = 'mia@microsoft.example.com'"))
                .isGreaterThan(0);
        // The demo users own the deals made in their name and some they received (bob's "Assigned to
        // me" is not empty on either tab); other received referrals wait unassigned.
        assertThat(scalar("SELECT count(*) FROM referral_owner o JOIN person p ON p.id = o.owner_id "
                        + "WHERE p.name = 'Bob Lee' AND o.organization_id = 'contoso'"))
                .isGreaterThan(5);
        assertThat(scalar("SELECT count(*) FROM referral r JOIN referral_owner o ON o.referral_id = r.id "
                        + "WHERE r.organization_id = 'contoso' AND r.direction = 'Incoming'"))
                .isGreaterThan(0);
        assertThat(scalar("SELECT count(*) FROM referral r WHERE r.organization_id = 'contoso' "
                        + "AND r.substatus = 'Received' AND NOT EXISTS (SELECT 1 FROM referral_owner o "
                        + "WHERE o.referral_id = r.id)"))
                .isGreaterThan(0);
        // Some received referrals are past their deadline (the expiry job closes them), others are
        // due within days (14 is the default): the Inbound list does not open on expired ones only.
        assertThat(scalar("SELECT count(*) FROM referral WHERE direction = 'Incoming' AND (substatus = 'Expired' "
                        + "OR (substatus = 'Received' AND expiration_at < now()))"))
                .isGreaterThan(0);
        assertThat(scalar("SELECT count(*) FROM referral WHERE direction = 'Incoming' AND substatus = 'Received' "
                        + "AND expiration_at BETWEEN now() AND now() + interval '4 days'"))
                .isGreaterThan(0);
        long referralsBefore = scalar("SELECT count(*) FROM referral");
        assertThat(scalar("SELECT count(*) FROM referral_event")).isGreaterThanOrEqualTo(referralsBefore);

        StepVerifier.create(seeder.seed()).verifyComplete();
        assertThat(scalar("SELECT count(*) FROM referral")).isEqualTo(referralsBefore);
        // Every seeded document reads back through the API's own mapping.
        for (String org : List.of("contoso", "fabrikam", "microsoft")) {
            StepVerifier.create(referrals.list(
                            new com.cosell.backend.identity.Caller(
                                    "t",
                                    "T",
                                    null,
                                    org,
                                    java.util.Set.of(
                                            org.equals("microsoft")
                                                    ? com.cosell.backend.identity.Role.SELLER
                                                    : com.cosell.backend.identity.Role.REFERRAL_ADMIN)),
                            com.cosell.backend.referral.ReferralQuery.parse(null, null, "200", null, "true")))
                    .assertNext(page -> {
                        var value = json.readTree(page).get("value");
                        assertThat(value).isNotEmpty();
                        value.forEach(r -> json.treeToValue(r, com.cosell.api.referral.Referral.class));
                    })
                    .verifyComplete();
        }
    }

    private long scalar(String sql) {
        return db.sql(sql).map(r -> r.get(0, Long.class)).one().block();
    }
}
