package com.cosell.backend.webhook.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.support.Api;
import com.cosell.backend.support.BackendTest;
import com.cosell.backend.support.Deals;
import com.cosell.backend.support.TestIssuer;
import com.cosell.backend.support.Users;
import com.cosell.backend.webhook.Receiver;
import com.cosell.backend.webhook.Receiver.Answer;
import com.cosell.backend.webhook.WebhookProperties;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivery to real HTTP receivers on loopback, by workers the tests start and stop (two at once, or
 * one killed mid-request), against the real database. Private targets and http are allowed here
 * only; timeouts, leases and the retry window are seconds so that nothing waits long.
 */
@BackendTest
@TestPropertySource(properties = {
        "cosell.webhooks.allow-private-targets=true", "cosell.webhooks.allow-http=true",
        "cosell.webhooks.poll-interval=PT0.1S", "cosell.webhooks.lease=PT5S",
        "cosell.webhooks.connect-timeout=PT1S", "cosell.webhooks.response-timeout=PT1S",
        "cosell.webhooks.retry-initial-delay=PT0.1S", "cosell.webhooks.retry-max-delay=PT0.4S",
        "cosell.webhooks.retry-window=PT3S"})
class WebhookDeliveryTest {

    private static final String W = "/v1.0/webhooks";
    private static final String ALL = "[\"referral-created\",\"referral-updated\",\"related-referral-created\","
            + "\"related-referral-updated\",\"notification-created\"]";

    @Autowired
    WebTestClient client;
    @Autowired
    DatabaseClient db;
    @Autowired
    DeliveryStore store;
    @Autowired
    WebhookSender sender;
    @Autowired
    SubscriptionDisabler disabler;
    @Autowired
    WebhookProperties properties;
    @Autowired
    Clock clock;
    @Autowired
    JsonMapper json;
    Api api;
    final List<DeliveryWorker> workers = new ArrayList<>();
    final List<Receiver> receivers = new ArrayList<>();

    @BeforeEach
    void setUp() {
        api = new Api(client);
        // Subscriptions other tests left (public test addresses among them) must never be sent to from here.
        db.sql("DELETE FROM webhook_subscription").then().block();
    }

    @AfterEach
    void tearDown() {
        workers.forEach(DeliveryWorker::stop);
        receivers.forEach(Receiver::close);
        db.sql("DELETE FROM webhook_subscription").then().block();
    }

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
        assertThat(body.get("engagementId").asString()).isEqualTo(deal.get("engagementId").asString());
        assertThat(body.get("resourceUri").asString()).isEqualTo(Api.REFERRALS + "/" + deal.get("id").asString());
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
        var p = properties;
        DeliveryWorker worker = new DeliveryWorker(store, sender, disabler, new WebhookProperties(p.workerEnabled(),
                Duration.ofHours(1), p.lease(), p.maxConcurrency(), 2, p.connectTimeout(), p.responseTimeout(),
                p.maxResponseBytes(), p.allowPrivateTargets(), p.allowHttp(), p.retryInitialDelay(),
                p.retryMaxDelay(), p.retryWindow(), p.secretGrace(), p.deliveryRetention(), p.purgeInterval()),
                clock, json);
        worker.start();
        workers.add(worker);
        worker.runOnce().block(); // the first claim, instead of the first tick

        assertThat(awaitReceived(receiver, 5)).hasSize(5);
    }

    @Test
    void aReceiverFailingThreeTimesGetsEveryEventInOrderOnceItRecovers() {
        Receiver receiver = receiver(n -> Answer.of(n < 3 ? 503 : 200));
        subscribe(alice(), receiver.url("/hook"), "[\"referral-created\"]");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(api.create("alice", Deals.privateDeal("Hook order " + i)).get("id").asString());
        }
        worker();

        awaitReceived(receiver, 6); // the first event three times, then each once
        List<String> order = receiver.received().stream().map(r -> Api.json(r.body()).get("referralId").asString())
                .filter(ids::contains).toList();
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
        assertThat(log.reversed()).extracting(row -> row.get("outcome") + " " + row.get("status_code"))
                .containsExactly("FAILED 302", "FAILED 410", "SUCCEEDED 200");
        assertThat(log.getLast().get("error")).isEqualTo("redirect not followed");
        assertThat(log.get(1).get("response_excerpt")).isEqualTo("{\"error\":\"gone\"}");
        assertThat(receiver.received()).extracting(Receiver.Received::path).containsOnly("/hook").hasSize(3);
    }

    @Test
    void twoWorkersDeliverEachEventOnce() {
        List<Receiver> rs = List.of(receiver(n -> Answer.of(200)), receiver(n -> Answer.of(200)),
                receiver(n -> Answer.of(200)));
        List<JsonNode> subs = rs.stream().map(r -> subscribe(alice(), r.url("/hook"), "[\"referral-created\"]")).toList();
        worker();
        worker();
        for (int i = 0; i < 6; i++) {
            api.create("alice", Deals.privateDeal("Hook two workers " + i));
        }

        for (int i = 0; i < rs.size(); i++) {
            awaitReceived(rs.get(i), 6);
            List<String> ids = rs.get(i).received().stream().map(r -> r.header("Cosell-Event-Id")).toList();
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
        String id = api.create("alice", Deals.privateDeal("Hook killed")).get("id").asString();
        awaitReceived(receiver, 1);
        first.stop(); // dies mid-request: no answer recorded, lease not handed back
        try {
            worker();
            List<Receiver.Received> got = awaitReceived(receiver, 2);
            assertThat(got).extracting(r -> Api.json(r.body()).get("referralId").asString()).containsOnly(id);
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
        api.patch("alice", secret.get("id").asString(), rename, null).expectStatus().isOk();
        JsonNode shared = api.create("alice", Deals.sharedDeal("Hook shared " + System.nanoTime(), true));

        // The vendor hears of the shared deal, which came after the private one in the log...
        Flux.interval(Duration.ofMillis(100)).map(t -> microsoft.received())
                .filter(got -> got.stream().anyMatch(r -> r.body().contains(shared.get("engagementId").asString())))
                .next().timeout(Duration.ofSeconds(20)).block();
        // ...and neither it nor the other partner ever of the private deal.
        for (Receiver other : List.of(fabrikam, microsoft)) {
            assertThat(other.received()).noneMatch(r -> r.body().contains(secret.get("id").asString())
                    || r.body().contains(secret.get("engagementId").asString()));
        }
        assertThat(db.sql("""
                        SELECT count(*) AS n FROM webhook_delivery d JOIN webhook_subscription s ON s.id = d.subscription_id
                        JOIN referral_event e ON e.seq = d.seq WHERE e.organisation_id <> s.organisation_id""")
                .map(row -> row.get("n", Long.class)).one().block()).isZero();
    }

    @Test
    void aSubscriptionFailingPastTheWindowIsDisabledAndItsOrganizationTold() {
        Receiver receiver = receiver(n -> new Answer(500, Map.of("Retry-After", "0"), "down"));
        JsonNode sub = subscribe(alice(), receiver.url("/hook"), "[\"referral-created\"]");
        worker();
        api.create("alice", Deals.privateDeal("Hook down"));

        List<Map<String, Object>> log = awaitLog(sub, rows -> rows.contains("GAVE_UP"));
        assertThat(log.getFirst().get("outcome")).isEqualTo("GAVE_UP");
        assertThat(log.subList(1, log.size())).extracting(row -> row.get("outcome")).containsOnly("RETRYING");
        JsonNode after = api.read("alice", W + "/" + sub.get("id").asString());
        assertThat(after.get("enabled").asBoolean()).isFalse();
        assertThat(after.get("disabledReason").asString()).contains("HTTP 500");
        JsonNode notifications = api.read("alice", "/v1.0/notifications?top=5").get("value");
        assertThat(notifications.get(0).get("kind").asString()).isEqualTo("WEBHOOK_DISABLED");
        assertThat(notifications.get(0).get("referralName").asString()).isEqualTo("test hook");

        // Re-enabled, it resumes with the event it stopped at.
        int before = receiver.received().size();
        client.patch().uri(W + "/" + sub.get("id").asString()).headers(h -> h.setBearerAuth(alice()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"enabled\":true}").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.disabledReason").doesNotExist();
        assertThat(awaitReceived(receiver, before + 1).getLast().body())
                .isEqualTo(receiver.received().getFirst().body());
    }

    @Test
    void replayFromASequenceSendsEveryEventFromThereAgainInOrder() {
        Receiver receiver = receiver(n -> Answer.of(200));
        JsonNode sub = subscribe(alice(), receiver.url("/hook"), "[\"referral-created\"]");
        worker();
        for (int i = 0; i < 3; i++) {
            api.create("alice", Deals.privateDeal("Hook replay " + i));
        }
        List<Long> first = awaitReceived(receiver, 3).stream().map(r -> Api.json(r.body()).get("id").asLong()).toList();

        client.post().uri(W + "/" + sub.get("id").asString() + "/replay").headers(h -> h.setBearerAuth(alice()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"fromSeq\":" + first.get(1) + "}").exchange()
                .expectStatus().isAccepted();

        List<Long> all = awaitReceived(receiver, 5).stream().map(r -> Api.json(r.body()).get("id").asLong()).toList();
        assertThat(all).containsExactly(first.get(0), first.get(1), first.get(2), first.get(1), first.get(2));
    }

    @Test
    void aTestEventAndARedeliveryAreSentOnceAndLogged() {
        Receiver receiver = receiver(n -> Answer.of(200));
        JsonNode sub = subscribe(alice(), receiver.url("/hook"), "[\"referral-created\"]");
        String id = sub.get("id").asString();
        worker();
        api.create("alice", Deals.privateDeal("Hook redeliver"));
        long seq = Api.json(awaitReceived(receiver, 1).getFirst().body()).get("id").asLong();

        post(W + "/" + id + "/test", "").expectStatus().isAccepted().expectBody().jsonPath("$.requestId").exists();
        Receiver.Received test = awaitReceived(receiver, 2).get(1);
        assertThat(Api.json(test.body()).get("type").asString()).isEqualTo("webhook-test");
        assertThat(test.header("Cosell-Signature")).isEqualTo("v1=" + Signature.hmac(sub.get("secret").asString(),
                test.header("Cosell-Timestamp") + "." + test.body()));

        post(W + "/" + id + "/redeliver", "{\"seq\":" + seq + "}").expectStatus().isAccepted();
        assertThat(Api.json(awaitReceived(receiver, 3).get(2).body()).get("id").asLong()).isEqualTo(seq);
        assertThat(awaitLog(sub, rows -> rows.size() >= 3)).extracting(row -> row.get("kind"))
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
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
        assertThat(rotated.get("secret").asString()).isNotEqualTo(sub.get("secret").asString());
        assertThat(rotated.get("previousSecretValidUntil").asString()).isNotBlank();
        worker();
        api.create("alice", Deals.privateDeal("Hook rotated"));

        Receiver.Received r = awaitReceived(receiver, 1).getFirst();
        String signed = r.header("Cosell-Timestamp") + "." + r.body();
        assertThat(r.header("Cosell-Signature").split(",")).containsExactly(
                "v1=" + Signature.hmac(rotated.get("secret").asString(), signed),
                "v1=" + Signature.hmac(sub.get("secret").asString(), signed));
    }

    private WebTestClient.ResponseSpec post(String uri, String body) {
        return client.post().uri(uri).headers(h -> h.setBearerAuth(alice())).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    private String alice() {
        return Users.token("alice");
    }

    private JsonNode subscribe(String token, String url, String types) {
        return Api.json(client.post().uri(W).headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"url\":\"" + url + "\",\"eventTypes\":" + types + ",\"description\":\"test hook\"}")
                .exchange().expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody());
    }

    DeliveryWorker worker() {
        DeliveryWorker worker = new DeliveryWorker(store, sender, disabler, properties, clock, json);
        worker.start();
        workers.add(worker);
        return worker;
    }

    Receiver receiver(Function<Integer, Answer> script) {
        Receiver r = new Receiver(script);
        receivers.add(r);
        return r;
    }

    static List<Receiver.Received> awaitReceived(Receiver receiver, int count) {
        return Flux.interval(Duration.ZERO, Duration.ofMillis(50)).map(t -> receiver.received())
                .filter(got -> got.size() >= count).next()
                .timeout(Duration.ofSeconds(20), Mono.error(() -> new AssertionError("received only "
                        + receiver.received().size() + " of " + count)))
                .block();
    }

    /** The subscription's delivery log, newest first, once {@code done} holds (its outcomes are checked). */
    List<Map<String, Object>> awaitLog(JsonNode subscription, Predicate<List<String>> done) {
        Mono<List<Map<String, Object>>> read = db.sql("SELECT * FROM webhook_delivery WHERE subscription_id = :id"
                        + " ORDER BY attempted_at DESC, id DESC")
                .bind("id", java.util.UUID.fromString(subscription.get("id").asString())).fetch().all().collectList();
        // a slow read on a busy machine drops ticks instead of overflowing the interval
        return Flux.interval(Duration.ZERO, Duration.ofMillis(100)).onBackpressureDrop().concatMap(t -> read, 1)
                .filter(rows -> done.test(rows.stream().map(r -> (String) r.get("outcome")).toList())).next()
                .timeout(Duration.ofSeconds(20), Mono.error(() -> new AssertionError("log never got there: "
                        + read.block())))
                .block();
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d); // the receiver's own thread plays a hanging server
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
