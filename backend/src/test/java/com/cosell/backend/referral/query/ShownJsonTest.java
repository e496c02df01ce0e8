package com.cosell.backend.referral.query;

import static com.cosell.backend.support.Api.REFERRALS;
import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.identity.Caller;
import com.cosell.backend.identity.Role;
import com.cosell.backend.support.ApiTestBase;
import com.cosell.backend.support.Deals;
import com.cosell.backend.support.Users;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The read path's JSON, which PostgreSQL composes, is what the server's own view of a referral
 * ({@link ReferralPresenter}) shows: for every reader, every kind of referral and every part a reader
 * adds (favourite, owner, other parties and their reasons, invitations, a registration).
 */
class ShownJsonTest extends ApiTestBase {

    /** Numbers by value: PostgreSQL keeps a number as it was written (250000.0), Java as it parsed it (250000.00). */
    private static final Comparator<JsonNode> SAME_VALUES =
            (a, b) -> a.isNumber() && b.isNumber() ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

    @Autowired
    ReferralQueries queries;

    @Autowired
    JsonMapper json;

    @Test
    void eachReadersJsonIsTheirViewOfTheReferral() {
        String run = "Shown " + UUID.randomUUID().toString().substring(0, 8); // this test's own, in a shared database
        String stale =
                api.create("bob", Deals.privateDeal(run + " private")).get("id").asString();
        String shared = api.create("bob", Deals.sharedDeal(run + " shared", true))
                .get("id")
                .asString();
        JsonNode inviting = api.create("bob", Deals.invitingDeal(run + " inviting", "fabrikam"));
        api.create("bob", Deals.invitingDeal(run + " quiet", "fabrikam").replace("\"notes\": \"Help fabrikam\",", ""));
        String fromMicrosoft = api.create("mia", Deals.sellerReferral(run + " from Microsoft", "contoso"))
                .get("engagementId")
                .asString();
        // carol declines her invitation with a reason; bob favours one deal and owns another.
        String carols = api.engagement("carol", inviting.get("engagementId").asString())
                .get(0)
                .get("id")
                .asString();
        api.patch("carol", carols, Deals.declinePatch("Out of our region"), null)
                .expectStatus()
                .is2xxSuccessful();
        api.patch("bob", shared, "[{\"op\": \"replace\", \"path\": \"/favorite\", \"value\": true}]", null)
                .expectStatus()
                .is2xxSuccessful();
        api.put("bob", inviting.get("id").asString() + "/owner", "{\"id\": \"id-bob\"}", null)
                .expectStatus()
                .isOk();
        String won = api.create("bob", Deals.privateDeal(run + " registered"))
                .get("id")
                .asString();
        api.patch("bob", won, Deals.stagePatch("Closed", "Won", null), null)
                .expectStatus()
                .isOk();
        api.post("bob", REFERRALS + "/" + won + "/registrations", registration())
                .expectStatus()
                .isCreated();

        // A document that holds what is added on reading (as none is written) still shows the reader's.
        db.sql("UPDATE referral SET doc = doc || '{\"favorite\": true, \"eTag\": \"9\", \"target\": [\"x\"]}' "
                        + "WHERE id = CAST(:id AS uuid)")
                .bind("id", stale)
                .then()
                .block();
        int compared = 0;
        for (String user : new String[] {"bob", "carol", "mia"}) {
            JsonNode page = api.read(user, REFERRALS + "?$count=true&$filter=startswith(name,'" + run + "')");
            assertThat(page.get("@odata.count").asLong())
                    .isEqualTo(page.get("value").size());
            for (JsonNode shown : page.get("value")) {
                UUID id = UUID.fromString(shown.get("id").asString());
                JsonNode view =
                        json.valueToTree(queries.get(caller(user), id).block().referral());
                assertThat(shown.equals(SAME_VALUES, view))
                        .as(user + " reads " + shown + "\nview " + view)
                        .isTrue();
                assertThat(api.read(user, REFERRALS + "/" + id).equals(SAME_VALUES, view))
                        .isTrue();
                compared++;
            }
        }
        assertThat(compared).isGreaterThanOrEqualTo(9);
        JsonNode bobs = api.read("bob", REFERRALS + "/" + inviting.get("id").asString());
        assertThat(bobs.at("/owner/id").asString()).isEqualTo("id-bob");
        assertThat(bobs.at("/relatedParties/0/statusReason").asString()).isEqualTo("Out of our region");
        assertThat(bobs.at("/target/0/id").asString()).isEqualTo("fabrikam");
        JsonNode staleShown = api.read("bob", REFERRALS + "/" + stale);
        assertThat(staleShown.get("favorite").asBoolean()).isFalse();
        assertThat(staleShown.has("target")).isFalse();
        assertThat(api.read("bob", REFERRALS + "/" + shared).get("favorite").asBoolean())
                .isTrue();
        assertThat(api.read("bob", REFERRALS + "/" + won)
                        .get("registrationStatus")
                        .asString())
                .isEqualTo("ReviewPending");
        assertThat(api.engagement("bob", fromMicrosoft).get(0).has("target")).isFalse();
    }

    private static String registration() {
        return """
                {"contractValue": 250000, "currency": "USD", "signedDateTime": "%s", "termMonths": 36}""".formatted(Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
    }

    private static Caller caller(String user) {
        Users.User u = Users.ALL.get(user);
        return new Caller(
                "id-" + user,
                user,
                null,
                u.org(),
                Set.copyOf(u.roles().stream().map(Role::valueOf).toList()));
    }
}
