package com.cosell.backend.webhook.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.support.Api;
import com.cosell.backend.support.Deals;
import com.cosell.backend.webhook.Receiver;
import com.cosell.backend.webhook.Receiver.Answer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * What an organization's admin asks of a subscription, delivered for real: a replay from a sequence,
 * a test event, a redelivery (each logged), and a secret rotation that signs with both secrets.
 */
class WebhookOperationsTest extends WebhookDeliveryTestBase {

    @Test
    void replayFromASequenceSendsEveryEventFromThereAgainInOrder() {
        Receiver receiver = receiver(n -> Answer.of(200));
        JsonNode sub = subscribe(alice(), receiver.url("/hook"), "[\"referral-created\"]");
        worker();
        for (int i = 0; i < 3; i++) {
            api.create("alice", Deals.privateDeal("Hook replay " + i));
        }
        List<Long> first = awaitReceived(receiver, 3).stream()
                .map(r -> Api.json(r.body()).get("id").asLong())
                .toList();

        client.post()
                .uri(W + "/" + sub.get("id").asString() + "/replay")
                .headers(h -> h.setBearerAuth(alice()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"fromSeq\":" + first.get(1) + "}")
                .exchange()
                .expectStatus()
                .isAccepted();

        List<Long> all = awaitReceived(receiver, 5).stream()
                .map(r -> Api.json(r.body()).get("id").asLong())
                .toList();
        assertThat(all).containsExactly(first.get(0), first.get(1), first.get(2), first.get(1), first.get(2));
    }

    @Test
    void aTestEventAndARedeliveryAreSentOnceAndLogged() {
        Receiver receiver = receiver(n -> Answer.of(200));
        JsonNode sub = subscribe(alice(), receiver.url("/hook"), "[\"referral-created\"]");
        String id = sub.get("id").asString();
        worker();
        api.create("alice", Deals.privateDeal("Hook redeliver"));
        long seq =
                Api.json(awaitReceived(receiver, 1).getFirst().body()).get("id").asLong();

        post(W + "/" + id + "/test", "")
                .expectStatus()
                .isAccepted()
                .expectBody()
                .jsonPath("$.requestId")
                .exists();
        Receiver.Received test = awaitReceived(receiver, 2).get(1);
        assertThat(Api.json(test.body()).get("type").asString()).isEqualTo("webhook-test");
        assertThat(test.header("Cosell-Signature"))
                .isEqualTo("v1="
                        + Signature.hmac(
                                sub.get("secret").asString(), test.header("Cosell-Timestamp") + "." + test.body()));

        post(W + "/" + id + "/redeliver", "{\"seq\":" + seq + "}")
                .expectStatus()
                .isAccepted();
        assertThat(Api.json(awaitReceived(receiver, 3).get(2).body()).get("id").asLong())
                .isEqualTo(seq);
        assertThat(awaitLog(sub, rows -> rows.size() >= 3))
                .extracting(row -> row.get("kind"))
                .containsExactly("REDELIVERY", "TEST", "EVENT");
        JsonNode page = api.read("alice", W + "/" + id + "/deliveries?top=2");
        assertThat(page.get("value")).hasSize(2);
        assertThat(page.get("value").get(0).get("statusCode").asInt()).isEqualTo(200);
        assertThat(page.get("@odata.nextLink").asString()).endsWith("top=2&skip=2");
    }

    @Test
    void afterARotationBothSecretsSignUntilTheGracePeriodEnds() {
        Receiver receiver = receiver(n -> Answer.of(200));
        JsonNode sub = subscribe(alice(), receiver.url("/hook"), "[\"referral-created\"]");
        JsonNode rotated = Api.json(post(W + "/" + sub.get("id").asString() + "/rotate-secret", "")
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody());
        assertThat(rotated.get("secret").asString())
                .isNotEqualTo(sub.get("secret").asString());
        assertThat(rotated.get("previousSecretValidUntil").asString()).isNotBlank();
        worker();
        api.create("alice", Deals.privateDeal("Hook rotated"));

        Receiver.Received r = awaitReceived(receiver, 1).getFirst();
        String signed = r.header("Cosell-Timestamp") + "." + r.body();
        assertThat(r.header("Cosell-Signature").split(","))
                .containsExactly(
                        "v1=" + Signature.hmac(rotated.get("secret").asString(), signed),
                        "v1=" + Signature.hmac(sub.get("secret").asString(), signed));
    }
}
