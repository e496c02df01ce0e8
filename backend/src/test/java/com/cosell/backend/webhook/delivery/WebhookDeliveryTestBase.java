package com.cosell.backend.webhook.delivery;

import com.cosell.backend.support.Api;
import com.cosell.backend.support.BackendTest;
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
 * Delivery to real HTTP receivers on loopback, by workers the tests start and stop, against the real
 * database. Private targets and http are allowed here only; timeouts, leases and the retry window are
 * seconds so that nothing waits long. One set of properties for all its subclasses: one Spring context.
 */
@BackendTest
@TestPropertySource(
        properties = {
            "cosell.webhooks.allow-private-targets=true", "cosell.webhooks.allow-http=true",
            "cosell.webhooks.poll-interval=PT0.1S", "cosell.webhooks.lease=PT5S",
            "cosell.webhooks.connect-timeout=PT1S", "cosell.webhooks.response-timeout=PT1S",
            "cosell.webhooks.retry-initial-delay=PT0.1S", "cosell.webhooks.retry-max-delay=PT0.4S",
            "cosell.webhooks.retry-window=PT3S"
        })
abstract class WebhookDeliveryTestBase {

    static final String W = "/v1.0/webhooks";

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

    WebTestClient.ResponseSpec post(String uri, String body) {
        return client.post()
                .uri(uri)
                .headers(h -> h.setBearerAuth(alice()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    static String alice() {
        return Users.token("alice");
    }

    JsonNode subscribe(String token, String url, String types) {
        return Api.json(client.post()
                .uri(W)
                .headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"url\":\"" + url + "\",\"eventTypes\":" + types + ",\"description\":\"test hook\"}")
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody());
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
        return Flux.interval(Duration.ZERO, Duration.ofMillis(50))
                .map(t -> receiver.received())
                .filter(got -> got.size() >= count)
                .next()
                .timeout(
                        Duration.ofSeconds(20),
                        Mono.error(() -> new AssertionError(
                                "received only " + receiver.received().size() + " of " + count)))
                .block();
    }

    /** The subscription's delivery log, newest first, once {@code done} holds (its outcomes are checked). */
    List<Map<String, Object>> awaitLog(JsonNode subscription, Predicate<List<String>> done) {
        Mono<List<Map<String, Object>>> read = db.sql("SELECT * FROM webhook_delivery WHERE subscription_id = :id"
                        + " ORDER BY attempted_at DESC, id DESC")
                .bind("id", java.util.UUID.fromString(subscription.get("id").asString()))
                .fetch()
                .all()
                .collectList();
        // a slow read on a busy machine drops ticks instead of overflowing the interval
        return Flux.interval(Duration.ZERO, Duration.ofMillis(100))
                .onBackpressureDrop()
                .concatMap(t -> read, 1)
                .filter(rows -> done.test(
                        rows.stream().map(r -> (String) r.get("outcome")).toList()))
                .next()
                .timeout(
                        Duration.ofSeconds(20),
                        Mono.error(() -> new AssertionError("log never got there: " + read.block())))
                .block();
    }

    static void sleep(Duration d) {
        try {
            Thread.sleep(d); // the receiver's own thread plays a hanging server
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
