package com.cosell.backend.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.CosellBackendApplication;
import com.cosell.backend.support.Api;
import com.cosell.backend.support.BackendTest;
import com.cosell.backend.support.BackendTestInitializer;
import com.cosell.backend.support.Deals;
import com.cosell.backend.support.Users;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Presence across two backend instances: a page beats through one, a colleague's stream and the other
 * party's on the other instance hear it; an organization that is no party neither may beat on the
 * referral nor hears of it.
 */
@BackendTest
class PresenceStreamTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @LocalServerPort
    int port;

    @Autowired
    WebTestClient client;

    @Test
    void aColleagueAndTheOtherPartyOnAnotherInstanceSeeWhoOpensAndLeavesAndNobodyElseDoes() {
        Api api = new Api(client);
        JsonNode inbound = api.create("mia", Deals.sellerReferral("Presence: for contoso", "contoso"));
        String engagement = inbound.get("engagementId").asString();
        String id = api.engagement("bob", engagement).get(0).get("id").asString();
        String miasCopy = inbound.get("id").asString();
        String viewers = Api.REFERRALS + "/" + id + "/viewers/";
        ConfigurableApplicationContext other = new SpringApplicationBuilder(CosellBackendApplication.class)
                .initializers(new BackendTestInitializer())
                .run("--server.port=0", "--cosell.expiry.enabled=false");
        try (StreamClient alice = StreamClient.connectWithPresence(EventStreamTest.port(other), Users.token("alice"));
                StreamClient mia = StreamClient.connectWithPresence(EventStreamTest.port(other), Users.token("mia"));
                StreamClient carol =
                        StreamClient.connectWithPresence(EventStreamTest.port(other), Users.token("carol"))) {
            alice.awaitReady();
            mia.awaitReady();
            carol.awaitReady();

            JsonNode here = Api.json(client.put()
                    .uri(viewers + "tab-1")
                    .headers(h -> h.setBearerAuth(Users.token("bob")))
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody(String.class)
                    .returnResult()
                    .getResponseBody());
            assertThat(here.get("value").findValuesAsString("name")).containsExactly("Bob Tester");
            JsonNode seen = presence(alice, id);
            assertThat(seen.get("viewers").findValuesAsString("id")).containsExactly("id-bob");
            // The vendor is a party: mia hears of bob under her own copy's id, with his organization.
            JsonNode toVendor = presence(mia, miasCopy);
            assertThat(toVendor.get("viewers").findValuesAsString("organizationId"))
                    .containsExactly("contoso");

            // A stream that connects later hears at once who is there (changes are not replayed).
            try (StreamClient late = StreamClient.connectWithPresence(port, Users.token("alice"))) {
                assertThat(presence(late, id).get("viewers").findValuesAsString("id"))
                        .containsExactly("id-bob");
            }

            // Mia sees the deal on her own copy: she beats there, and bob's side hears her.
            client.put()
                    .uri(Api.REFERRALS + "/" + miasCopy + "/viewers/tab-m")
                    .headers(h -> h.setBearerAuth(Users.token("mia")))
                    .exchange()
                    .expectStatus()
                    .isOk();
            assertThat(presence(alice, id).get("viewers").findValuesAsString("id"))
                    .containsExactly("id-bob", "id-mia");
            client.delete()
                    .uri(Api.REFERRALS + "/" + miasCopy + "/viewers/tab-m")
                    .headers(h -> h.setBearerAuth(Users.token("mia")))
                    .exchange()
                    .expectStatus()
                    .isNoContent();
            assertThat(presence(alice, id).get("viewers").findValuesAsString("id"))
                    .containsExactly("id-bob");

            // Carol (a partner that is no party) may not say she looks at contoso's referral, nor may
            // mia on contoso's copy's id (hers has its own).
            for (String outsider : List.of("carol", "mia")) {
                client.put()
                        .uri(viewers + "tab-x")
                        .headers(h -> h.setBearerAuth(Users.token(outsider)))
                        .exchange()
                        .expectStatus()
                        .isNotFound();
            }
            client.put()
                    .uri(viewers + "not a view id!")
                    .headers(h -> h.setBearerAuth(Users.token("bob")))
                    .exchange()
                    .expectStatus()
                    .isBadRequest();

            client.delete()
                    .uri(viewers + "tab-1")
                    .headers(h -> h.setBearerAuth(Users.token("bob")))
                    .exchange()
                    .expectStatus()
                    .isNoContent();
            assertThat(presence(alice, id).get("viewers")).isEmpty();
            JsonNode last = presence(mia, miasCopy); // she heard her own coming and going, then bob leave
            while (!last.get("viewers").isEmpty()) {
                last = presence(mia, miasCopy);
            }
            // Carol's stream heard nothing of that deal's presence.
            List<JsonNode> toCarol = new ArrayList<>();
            carol.messages.drainTo(toCarol);
            assertThat(toCarol).noneMatch(m -> "presence".equals(m.path("type").asString()));
        } finally {
            other.close();
        }
    }

    private static JsonNode presence(StreamClient stream, String referralId) {
        while (true) {
            JsonNode m = stream.next(WAIT);
            if ("presence".equals(m.path("type").asString())
                    && referralId.equals(m.path("referralId").asString())) {
                return m;
            }
        }
    }
}
