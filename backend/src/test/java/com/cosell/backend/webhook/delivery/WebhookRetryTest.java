package com.cosell.backend.webhook.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.support.Api;
import com.cosell.backend.support.Deals;
import com.cosell.backend.webhook.Receiver;
import com.cosell.backend.webhook.Receiver.Answer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * A failing receiver: events wait in order until it recovers, a hanging one times out and is retried,
 * a redirect or a client error fails only that event, and failing past the retry window disables the
 * subscription (its organization is told) until it is enabled again.
 */
class WebhookRetryTest extends WebhookDeliveryTestBase {

    @Test
    void aReceiverFailingThreeTimesGetsEveryEventInOrderOnceItRecovers() {
        Receiver receiver = receiver(n -> Answer.of(n < 3 ? 503 : 200));
        subscribe(alice(), receiver.url("/hook"), "[\"referral-created\"]");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(api.create("alice", Deals.privateDeal("Hook order " + i))
                    .get("id")
                    .asString());
        }
        worker();

        awaitReceived(receiver, 6); // the first event three times, then each once
        List<String> order = receiver.received().stream()
                .map(r -> Api.json(r.body()).get("referralId").asString())
                .filter(ids::contains)
                .toList();
        assertThat(order.subList(0, 3)).containsOnly(ids.getFirst()); // nothing overtook the failing event
        assertThat(order.stream().distinct().toList()).containsExactlyElementsOf(ids);
        assertThat(order).hasSize(6);
    }

    @Test
    void aHangingReceiverTimesOutAndIsRetried() {
        Receiver receiver = receiver(n -> {
            if (n == 0) {
                sleep(Duration.ofSeconds(3));
            }
            return Answer.of(200);
        });
        JsonNode sub = subscribe(alice(), receiver.url("/hook"), "[\"referral-created\"]");
        worker();
        api.create("alice", Deals.privateDeal("Hook hang"));

        List<Map<String, Object>> log = awaitLog(sub, rows -> rows.contains("SUCCEEDED"));
        assertThat(log.getLast().get("outcome")).isEqualTo("RETRYING");
        assertThat((String) log.getLast().get("error")).contains("no response within");
        assertThat(log.getFirst().get("outcome")).isEqualTo("SUCCEEDED");
        assertThat(log.getFirst().get("attempt")).isEqualTo(2);
    }

    @Test
    void aRedirectIsNotFollowedAndAClientErrorFailsOnlyThatEvent() {
        Receiver receiver = receiver(n -> switch (n) {
            case 0 -> new Answer(302, Map.of("Location", "/elsewhere"), "");
            case 1 -> new Answer(410, Map.of(), "{\"error\":\"gone\"}");
            default -> Answer.of(200);
        });
        JsonNode sub = subscribe(alice(), receiver.url("/hook"), "[\"referral-created\"]");
        for (int i = 0; i < 3; i++) {
            api.create("alice", Deals.privateDeal("Hook redirect " + i));
        }
        worker();

        List<Map<String, Object>> log = awaitLog(sub, rows -> rows.size() >= 3);
        assertThat(log.reversed())
                .extracting(row -> row.get("outcome") + " " + row.get("status_code"))
                .containsExactly("FAILED 302", "FAILED 410", "SUCCEEDED 200");
        assertThat(log.getLast().get("error")).isEqualTo("redirect not followed");
        assertThat(log.get(1).get("response_excerpt")).isEqualTo("{\"error\":\"gone\"}");
        assertThat(receiver.received())
                .extracting(Receiver.Received::path)
                .containsOnly("/hook")
                .hasSize(3);
    }

    @Test
    void aSubscriptionFailingPastTheWindowIsDisabledAndItsOrganizationTold() {
        Receiver receiver = receiver(n -> new Answer(500, Map.of("Retry-After", "0"), "down"));
        JsonNode sub = subscribe(alice(), receiver.url("/hook"), "[\"referral-created\"]");
        worker();
        api.create("alice", Deals.privateDeal("Hook down"));

        List<Map<String, Object>> log = awaitLog(sub, rows -> rows.contains("GAVE_UP"));
        assertThat(log.getFirst().get("outcome")).isEqualTo("GAVE_UP");
        assertThat(log.subList(1, log.size()))
                .extracting(row -> row.get("outcome"))
                .containsOnly("RETRYING");
        JsonNode after = api.read("alice", W + "/" + sub.get("id").asString());
        assertThat(after.get("enabled").asBoolean()).isFalse();
        assertThat(after.get("disabledReason").asString()).contains("HTTP 500");
        JsonNode notifications = api.read("alice", "/v1.0/notifications?top=5").get("value");
        assertThat(notifications.get(0).get("kind").asString()).isEqualTo("WEBHOOK_DISABLED");
        assertThat(notifications.get(0).get("referralName").asString()).isEqualTo("test hook");

        // Re-enabled, it resumes with the event it stopped at.
        int before = receiver.received().size();
        client.patch()
                .uri(W + "/" + sub.get("id").asString())
                .headers(h -> h.setBearerAuth(alice()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"enabled\":true}")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.disabledReason")
                .doesNotExist();
        assertThat(awaitReceived(receiver, before + 1).getLast().body())
                .isEqualTo(receiver.received().getFirst().body());
    }
}
