package com.cosell.backend.referral;

import static com.cosell.backend.support.Api.REFERRALS;
import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.support.ApiTestBase;
import com.cosell.backend.support.Deals;
import com.cosell.backend.support.Users;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;

/** Many people answering one referral at the same moment: exactly one answer wins. */
class ReferralRaceTest extends ApiTestBase {

    private static final int RACERS = 24;

    @LocalServerPort
    int port;

    /** Sends the patches all at once over real connections and returns the status codes. */
    private List<Integer> race(String id, List<String> patches, String ifMatch) {
        WebClient web = WebClient.create("http://localhost:" + port);
        return Flux.fromIterable(patches)
                .flatMap(
                        patch -> web.patch()
                                .uri(REFERRALS + "/" + id)
                                .headers(h -> {
                                    h.setBearerAuth(Users.token(patches.indexOf(patch) % 2 == 0 ? "bob" : "alice"));
                                    h.set("Prefer", "return=representation");
                                    if (ifMatch != null) {
                                        h.setIfMatch(ifMatch);
                                    }
                                })
                                .contentType(MediaType.parseMediaType("application/json-patch+json"))
                                .bodyValue(patch)
                                .exchangeToMono(r -> r.releaseBody()
                                        .thenReturn(r.statusCode().value())),
                        RACERS)
                .collectList()
                .block();
    }

    private JsonNode received(String name) {
        String engagement = api.create("mia", Deals.sellerReferral(name, "contoso"))
                .get("engagementId")
                .asString();
        return api.engagement("bob", engagement).get(0);
    }

    private long events(String id) {
        return db.sql("SELECT count(*) AS n FROM referral_event WHERE referral_id = :id AND type = 'referral-updated'")
                .bind("id", java.util.UUID.fromString(id))
                .map(r -> r.get("n", Long.class))
                .one()
                .block();
    }

    @Test
    void withoutIfMatchOneAnswerWinsAndTheOthersAreToldItWasAlreadyAnswered() {
        JsonNode referral = received("Race without If-Match");
        String id = referral.get("id").asString();
        List<String> patches = java.util.stream.IntStream.range(0, RACERS)
                .mapToObj(i -> i % 2 == 0 ? Deals.acceptPatch("Race accept " + i) : Deals.declinePatch("NotACustomer"))
                .toList();

        Map<Integer, Long> outcomes = race(id, patches, null).stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

        assertThat(outcomes.get(200)).isEqualTo(1L);
        assertThat(outcomes.get(409)).isEqualTo(RACERS - 1L);
        assertThat(events(id)).isEqualTo(1);
        String stage = api.read("bob", REFERRALS + "/" + id).get("substatus").asString();
        assertThat(stage).isIn("Accepted", "Declined");
    }

    @Test
    void withTheSameIfMatchOneWinsAndTheOthersAreStale() {
        JsonNode referral = received("Race with If-Match");
        String id = referral.get("id").asString();
        List<String> patches = java.util.stream.IntStream.range(0, RACERS)
                .mapToObj(i -> Deals.acceptPatch("Race accept " + i))
                .toList();

        Map<Integer, Long> outcomes = race(id, patches, referral.get("eTag").asString()).stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

        assertThat(outcomes).containsOnlyKeys(200, 412);
        assertThat(outcomes.get(200)).isEqualTo(1L);
        assertThat(events(id)).isEqualTo(1);
    }
}
