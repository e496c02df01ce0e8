package com.cosell.backend.duplicate;

import static com.cosell.backend.support.Api.REFERRALS;
import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.support.Api;
import com.cosell.backend.support.BackendTest;
import com.cosell.backend.support.Deals;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** Linking two open deals of one organization as the same customer, closing neither; symmetric and idempotent. */
@BackendTest
class DealLinksApiTest {

    @Autowired
    WebTestClient client;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(client);
    }

    private String deal(String user, String name) {
        return api.create(user, Deals.privateDeal(name)).get("id").asString();
    }

    private WebTestClient.ResponseSpec link(String user, String id, String to) {
        return api.post(user, REFERRALS + "/" + id + "/links", "{\"linkedTo\": \"" + to + "\"}");
    }

    private JsonNode report(String user, String id) {
        return api.read(user, REFERRALS + "/" + id + "/duplicates");
    }

    /** The {@code /links} changes in a referral's history, as "from→to". */
    private List<String> linkChanges(String user, String id) {
        List<String> found = new ArrayList<>();
        for (JsonNode changes :
                api.read(user, REFERRALS + "/" + id + "/history").findValues("changes")) {
            for (JsonNode c : changes) {
                if (c.get("path").asString().equals("/links")) {
                    found.add(text(c.get("from")) + "→" + text(c.get("to")));
                }
            }
        }
        return found;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? "" : n.asString();
    }

    @Test
    void aLinkShowsOnBothDealsClosesNeitherIsWrittenOnceAndUnlinksOnBoth() {
        String a = deal("bob", "Linked A");
        String b = deal("bob", "Linked B");

        JsonNode created = Api.json(link("bob", a, b)
                .expectStatus()
                .isCreated()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody());
        assertThat(created.get("linked").findValuesAsString("id")).containsExactly(b);
        assertThat(created.get("candidates").findValuesAsString("id"))
                .as("linked: no longer a candidate")
                .doesNotContain(b);
        assertThat(report("alice", b).get("linked").findValuesAsString("id")).containsExactly(a);
        assertThat(api.read("bob", REFERRALS + "/" + a).get("status").asString())
                .isNotEqualTo("Closed");
        assertThat(api.read("bob", REFERRALS + "/" + b).get("status").asString())
                .isNotEqualTo("Closed");

        // twice, from either side: already linked, 200 with the same report and no second event
        link("bob", a, b).expectStatus().isOk();
        link("alice", b, a).expectStatus().isOk();
        assertThat(linkChanges("bob", a)).containsExactly("→" + b);
        assertThat(linkChanges("bob", b)).containsExactly("→" + a);

        assertThat(api.delete("alice", REFERRALS + "/" + b + "/links/" + a)).isEqualTo(204);
        assertThat(report("bob", a).get("linked")).isEmpty();
        assertThat(report("bob", b).get("linked")).isEmpty();
        assertThat(linkChanges("bob", a)).containsExactly("→" + b, b + "→");
        assertThat(linkChanges("bob", b)).containsExactly("→" + a, a + "→");
        assertThat(api.delete("bob", REFERRALS + "/" + a + "/links/" + b))
                .as("nothing left to unlink: no error, no event")
                .isEqualTo(204);
        assertThat(linkChanges("bob", a)).hasSize(2);
    }

    @Test
    void anotherOrganizationsAClosedOrAMissingDealGetsTheSame400AndNothingIsLinked() {
        String a = deal("bob", "Link from");
        String closed = deal("bob", "Closed one");
        String carols = deal("carol", "Carol's deal");
        api.post("bob", REFERRALS + "/" + closed + "/close-as-duplicate", "{\"duplicateOf\": \"" + a + "\"}")
                .expectStatus()
                .isOk();

        List<String> details = new ArrayList<>();
        for (String other : List.of(carols, closed, UUID.randomUUID().toString(), a)) {
            JsonNode problem = Api.json(link("bob", a, other)
                    .expectStatus()
                    .isBadRequest()
                    .expectBody(String.class)
                    .returnResult()
                    .getResponseBody());
            assertThat(problem.toString()).contains("linkedTo");
            details.add(problem.findValuesAsString("message").toString());
        }
        assertThat(details.subList(0, 3))
                .as("another organization's deal answers as a missing one")
                .containsOnly(details.get(2));
        api.post("bob", REFERRALS + "/" + a + "/links", "{}").expectStatus().isBadRequest();
        api.post("bob", REFERRALS + "/" + a + "/links", "{\"linkedTo\": \"nope\"}")
                .expectStatus()
                .isBadRequest();
        assertThat(report("bob", a).get("linked")).isEmpty();
        assertThat(linkChanges("bob", a)).isEmpty();

        link("bob", closed, a).expectStatus().isEqualTo(409);
        link("carol", a, carols).expectStatus().isNotFound();
        assertThat(api.delete("carol", REFERRALS + "/" + a + "/links/" + carols))
                .isEqualTo(404);
        assertThat(report("carol", carols).get("linked")).isEmpty();
    }

    @Test
    void aLinkOutlivesClosingOneOfItsDealsAndTheVendorsSellersLinkTheirCopies() {
        String a = deal("bob", "Stays open");
        String b = deal("bob", "Closes later");
        link("bob", a, b).expectStatus().isCreated();
        api.post("bob", REFERRALS + "/" + b + "/close-as-duplicate", "{\"duplicateOf\": \"" + a + "\"}")
                .expectStatus()
                .isOk();
        JsonNode kept = report("bob", a);
        assertThat(kept.get("linked").findValuesAsString("id")).containsExactly(b);
        assertThat(kept.get("duplicates").findValuesAsString("id")).containsExactly(b);
        assertThat(api.delete("bob", REFERRALS + "/" + b + "/links/" + a)).isEqualTo(204);
        assertThat(report("bob", a).get("linked")).isEmpty();

        String c1 = api.create("mia", Deals.sellerReferral("Seller link 1", "contoso"))
                .get("id")
                .asString();
        String c2 = api.create("mia", Deals.sellerReferral("Seller link 2", "fabrikam"))
                .get("id")
                .asString();
        link("mia", c1, c2).expectStatus().isCreated();
        assertThat(report("mia", c2).get("linked").findValuesAsString("id")).containsExactly(c1);
        link("mia", c1, a).expectStatus().isBadRequest();
    }
}
