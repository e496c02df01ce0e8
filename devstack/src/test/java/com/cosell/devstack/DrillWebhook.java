package com.cosell.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A receiver on loopback, subscribed (as contoso's admin, through the proxy) to contoso's referral
 * events for as long as it is open: whichever backend instance delivers, every acknowledged write
 * must arrive at least once (webhooks promise at least once; receivers de-duplicate by id).
 */
final class DrillWebhook implements AutoCloseable {

    final List<Map<String, Object>> received = new CopyOnWriteArrayList<>();
    private final ScaleOutStack stack;
    private final HttpServer server;
    private final String alice;
    private final String id;

    DrillWebhook(ScaleOutStack stack) throws Exception {
        this.stack = stack;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            received.add(ProxyApi.map(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        alice = Tokens.of(stack.keycloak(), "alice");
        HttpResponse<String> r = ProxyApi.call(stack, alice, "POST", "/v1.0/webhooks", """
                {"url": "http://127.0.0.1:%d/hook", "eventTypes": ["referral-created", "referral-updated"],
                 "description": "Fault drill"}""".formatted(
                        server.getAddress().getPort()));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        id = (String) ProxyApi.map(r.body()).get("id");
    }

    void assertReceivedAtLeastOnce(List<DrillLoad.Write> writes, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!missing(writes).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        List<DrillLoad.Write> missing = missing(writes);
        String state = "";
        if (!missing.isEmpty()) {
            try { // what the backends say of the subscription and its deliveries, for the failure's message
                state = ProxyApi.call(stack, alice, "GET", "/v1.0/webhooks/" + id, null)
                                .body() + " deliveries: "
                        + ProxyApi.call(stack, alice, "GET", "/v1.0/webhooks/" + id + "/deliveries?top=5", null)
                                .body()
                        + " subscription: "
                        + stack.query("SELECT organization_id, event_types, cursor_tx, cursor_seq,"
                                + " lease_until, next_attempt_at, now() FROM webhook_subscription")
                        + " events: "
                        + stack.query("SELECT count(*), max(tx), max(seq),"
                                + " pg_snapshot_xmin(pg_current_snapshot()) FROM referral_event"
                                + " WHERE organization_id = 'contoso'")
                        + " types: " + stack.query("SELECT DISTINCT type FROM referral_event")
                        + " open: "
                        + stack.query("SELECT pid, state, backend_xid, backend_xmin, xact_start,"
                                + " left(query, 80) FROM pg_stat_activity"
                                + " WHERE backend_xid IS NOT NULL OR backend_xmin IS NOT NULL");
            } catch (Exception e) {
                state = e.toString();
            }
        }
        assertThat(missing).as("writes without a webhook delivery (%s)", state).isEmpty();
    }

    private List<DrillLoad.Write> missing(List<DrillLoad.Write> writes) {
        Map<DrillLoad.Write, Long> delivered = DrillLoad.received(received);
        return writes.stream().filter(w -> !delivered.containsKey(w)).toList();
    }

    @Override
    public void close() throws Exception {
        try {
            ProxyApi.call(stack, alice, "DELETE", "/v1.0/webhooks/" + id, null);
        } finally {
            server.stop(0);
        }
    }
}
