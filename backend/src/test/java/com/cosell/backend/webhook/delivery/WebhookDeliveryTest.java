package com.cosell.backend.webhook.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.support.Api;
import com.cosell.backend.support.Deals;
import com.cosell.backend.support.TestIssuer;
import com.cosell.backend.webhook.Receiver;
import com.cosell.backend.webhook.Receiver.Answer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;

/**
 * What arrives and where: a signed event with its payload and headers, a backlog sent on without
 * waiting for the poll, each event once with two workers or one killed mid-request, and never a
 * private deal to another organization's webhook.
 */
class WebhookDeliveryTest extends WebhookDeliveryTestBase {

    private static final String ALL = "[\"referral-created\",\"referral-updated\",\"related-referral-created\","
            + "\"related-referral-updated\",\"notification-created\"]";

    @Test
    void anEventArrivesSignedWithItsPayloadAndHeaders() {
        Receiver receiver = receiver(n -> Answer.of(204));
        JsonNode sub = subscribe(alice(), receiver.url("/hook"), "[\"referral-created\"]");
        worker();
        JsonNode deal = api.create("alice", Deals.privateDeal("Hook signed " + System.nanoTime()));

        Receiver.Received r = awaitReceived(receiver, 1).getFirst();
        JsonNode body = Api.json(r.body());
        assertThat(body.get("type").asString()).isEqualTo("referral-created");
        assertThat(body.get("organizationId").asString()).isEqualTo("contoso");
        assertThat(body.get("referralId").asString()).isEqualTo(deal.get("id").asString());
        assertThat(body.get("engagementId").asString())
                .isEqualTo(deal.get("engagementId").asString());
        assertThat(body.get("resourceUri").asString())
                .isEqualTo(Api.REFERRALS + "/" + deal.get("id").asString());
        assertThat(body.get("actor").get("name").asString()).isNotBlank();
        assertThat(body.has("time")).isTrue();
        assertThat(body.get("changes").isArray()).isTrue();
        assertThat(r.header("Cosell-Event-Id")).isEqualTo(body.get("id").asString());
        assertThat(r.header("Cosell-Event-Type")).isEqualTo("referral-created");
        assertThat(r.header("Content-Type")).startsWith("application/json");
        long timestamp = Long.parseLong(r.header("Cosell-Timestamp"));
        assertThat(timestamp).isCloseTo(clock.instant().getEpochSecond(), org.assertj.core.data.Offset.offset(60L));
        assertThat(r.header("Cosell-Signature"))
                .isEqualTo("v1=" + Signature.hmac(sub.get("secret").asString(), timestamp + "." + r.body()));
        // The resource URI is what an integration GETs next.
        api.get("alice", body.get("resourceUri").asString()).expectStatus().isOk();
        awaitLog(sub, rows -> rows.contains("SUCCEEDED"));
    }

    @Test
    void aBacklogLongerThanOneClaimIsSentOnWithoutWaitingForThePoll() {
        Receiver receiver = receiver(n -> Answer.of(204));
        subscribe(alice(), receiver.url("/hook"), "[\"referral-created\"]");
        for (int i = 0; i < 5; i++) {
            api.create("alice", Deals.privateDeal("Hook backlog " + i));
        }
        // Two events per claim and a poll an hour away: only the worker's own re-claim can send all five.
        DeliveryWorker worker =
                new DeliveryWorker(store, sender, disabler, properties.polling(Duration.ofHours(1), 2), clock, json);
        worker.start();
        workers.add(worker);
        worker.runOnce().block(); // the first claim, instead of the first tick

        assertThat(awaitReceived(receiver, 5)).hasSize(5);
    }

    @Test
    void twoWorkersDeliverEachEventOnce() {
        List<Receiver> rs =
                List.of(receiver(n -> Answer.of(200)), receiver(n -> Answer.of(200)), receiver(n -> Answer.of(200)));
        List<JsonNode> subs = rs.stream()
                .map(r -> subscribe(alice(), r.url("/hook"), "[\"referral-created\"]"))
                .toList();
        worker();
        worker();
        for (int i = 0; i < 6; i++) {
            api.create("alice", Deals.privateDeal("Hook two workers " + i));
        }

        for (int i = 0; i < rs.size(); i++) {
            awaitReceived(rs.get(i), 6);
            List<String> ids = rs.get(i).received().stream()
                    .map(r -> r.header("Cosell-Event-Id"))
                    .toList();
            assertThat(ids).doesNotHaveDuplicates();
            assertThat(awaitLog(subs.get(i), rows -> rows.size() >= 6)).hasSize(ids.size());
        }
    }

    @Test
    void aWorkerKilledMidRequestLosesNothing() {
        CountDownLatch release = new CountDownLatch(1);
        Receiver receiver = receiver(n -> {
            if (n == 0) {
                await(release);
            }
            return Answer.of(200);
        });
        JsonNode sub = subscribe(alice(), receiver.url("/hook"), "[\"referral-created\"]");
        DeliveryWorker first = worker();
        String id =
                api.create("alice", Deals.privateDeal("Hook killed")).get("id").asString();
        awaitReceived(receiver, 1);
        first.stop(); // dies mid-request: no answer recorded, lease not handed back
        try {
            worker();
            List<Receiver.Received> got = awaitReceived(receiver, 2);
            assertThat(got)
                    .extracting(r -> Api.json(r.body()).get("referralId").asString())
                    .containsOnly(id);
            List<Map<String, Object>> log = awaitLog(sub, rows -> rows.contains("SUCCEEDED"));
            assertThat(log).hasSize(1); // the dead worker wrote nothing
        } finally {
            release.countDown();
        }
    }

    @Test
    void privatePipelineDealsNeverReachAnotherOrganizationsWebhook() {
        Receiver fabrikam = receiver(n -> Answer.of(200));
        Receiver microsoft = receiver(n -> Answer.of(200));
        subscribe(TestIssuer.get().token("fay", "fabrikam", "MPN_ADMIN"), fabrikam.url("/f"), ALL);
        subscribe(TestIssuer.get().token("vera", "microsoft", "VENDOR_ADMIN"), microsoft.url("/m"), ALL);
        worker();
        JsonNode secret = api.create("alice", Deals.privateDeal("Hook private " + System.nanoTime()));
        String rename = "[{\"op\":\"replace\",\"path\":\"/name\",\"value\":\"Still private\"}]";
        api.patch("alice", secret.get("id").asString(), rename, null)
                .expectStatus()
                .isOk();
        JsonNode shared = api.create("alice", Deals.sharedDeal("Hook shared " + System.nanoTime(), true));

        // The vendor hears of the shared deal, which came after the private one in the log...
        Flux.interval(Duration.ofMillis(100))
                .map(t -> microsoft.received())
                .filter(got -> got.stream()
                        .anyMatch(r ->
                                r.body().contains(shared.get("engagementId").asString())))
                .next()
                .timeout(Duration.ofSeconds(20))
                .block();
        // ...and neither it nor the other partner ever of the private deal.
        for (Receiver other : List.of(fabrikam, microsoft)) {
            assertThat(other.received())
                    .noneMatch(r -> r.body().contains(secret.get("id").asString())
                            || r.body().contains(secret.get("engagementId").asString()));
        }
        assertThat(db.sql("""
                        SELECT count(*) AS n FROM webhook_delivery d JOIN webhook_subscription s ON s.id = d.subscription_id
                        JOIN referral_event e ON e.seq = d.seq WHERE e.organization_id <> s.organization_id""").map(row -> row.get("n", Long.class)).one().block())
                .isZero();
    }
}
