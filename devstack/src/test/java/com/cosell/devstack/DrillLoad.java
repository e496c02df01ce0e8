package com.cosell.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Busy API clients and event-stream subscribers through the proxy while a drill breaks something:
 * bob creates deals, mia sends referrals that bob accepts. Every write the API acknowledged must
 * reach every subscriber exactly once; a write that failed (502, cut connection) is the client's
 * to retry and is not counted.
 */
final class DrillLoad implements AutoCloseable {

    /** An acknowledged write and the event it must cause at contoso. */
    record Write(String type, String referralId, String substatus) {}

    final List<Write> acknowledged = new CopyOnWriteArrayList<>();
    final List<String> failures = new CopyOnWriteArrayList<>();
    final List<ResumingSubscriber> subscribers = new ArrayList<>();
    private final ScaleOutStack stack;
    private final String bob;
    private final String mia;
    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private final AtomicInteger counter = new AtomicInteger();
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean writing = true;

    DrillLoad(ScaleOutStack stack, int subscriberCount) throws Exception {
        this.stack = stack;
        this.bob = Tokens.of(stack.keycloak(), "bob");
        this.mia = Tokens.of(stack.keycloak(), "mia");
        for (int i = 0; i < subscriberCount; i++) {
            subscribers.add(new ResumingSubscriber(stack, () -> bob));
        }
        for (ResumingSubscriber s : subscribers) {
            s.awaitReady();
        }
        writers.add(Thread.ofVirtual().start(() -> loop(this::bobCreates)));
        writers.add(Thread.ofVirtual().start(() -> loop(this::miaSendsAndBobAccepts)));
    }

    private interface Step {
        void run() throws Exception;
    }

    private void loop(Step step) {
        while (writing) {
            int before = failures.size();
            try {
                step.run();
            } catch (Exception | AssertionError e) {
                // a cut connection or an error answer mid-step: not acknowledged, nothing to expect
                failures.add(e.toString());
            }
            // As a polite client backs off while errors last; and a beat between writes, so the load
            // leaves the two cores room to restart a part (unpaced, a restart took twice as long).
            pause(failures.size() > before ? 200 : 50);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void bobCreates() throws Exception {
        HttpResponse<String> r = ProxyApi.call(
                stack,
                bob,
                "POST",
                "/v1.0/engagements/referrals",
                ProxyApi.privateDeal("Drill " + run + " " + counter.incrementAndGet()));
        if (r.statusCode() == 201) {
            acknowledged.add(new Write(
                    "referral-created", (String) ProxyApi.map(r.body()).get("id"), null));
        } else {
            failures.add("create " + r.statusCode());
        }
    }

    private void miaSendsAndBobAccepts() throws Exception {
        String name = "Drill inbound " + run + " " + counter.incrementAndGet();
        HttpResponse<String> sent =
                ProxyApi.call(stack, mia, "POST", "/v1.0/engagements/referrals", """
                {"name": "%s", "target": ["contoso"],
                 "customerProfile": {"name": "Northwind Traders", "address": {"city": "San Francisco", "country": "US"}},
                 "details": {"dealValue": 50000, "currency": "USD", "closingDateTime": "2027-06-30T00:00:00Z"}}""".formatted(name));
        if (sent.statusCode() != 201) {
            failures.add("send " + sent.statusCode());
            return;
        }
        String engagement = (String) ProxyApi.map(sent.body()).get("engagementId");
        String copy = ProxyApi.copyOf(stack, bob, engagement);
        acknowledged.add(new Write("referral-created", copy, null));
        HttpResponse<String> accepted = ProxyApi.call(stack, bob, "PATCH", "/v1.0/engagements/referrals/" + copy, """
                [{"op": "replace", "path": "/status", "value": "Active"},
                 {"op": "replace", "path": "/substatus", "value": "Accepted"}]""");
        if (accepted.statusCode() == 204 || accepted.statusCode() == 200) {
            acknowledged.add(new Write("referral-updated", copy, "Accepted"));
        } else {
            failures.add("accept " + accepted.statusCode() + " " + accepted.body());
        }
    }

    void stopWriting() throws InterruptedException {
        writing = false;
        for (Thread t : writers) {
            t.join(Duration.ofSeconds(60));
        }
    }

    /** Every subscriber got every acknowledged write's event exactly once, and no event twice. */
    void assertDeliveredExactlyOnce(Duration timeout) throws InterruptedException {
        assertThat(acknowledged).as("writes acknowledged during the drill").hasSizeGreaterThan(4);
        long deadline = System.nanoTime() + timeout.toNanos();
        for (ResumingSubscriber s : subscribers) {
            while (missing(s) > 0 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            List<Long> seqs = s.events.stream()
                    .map(e -> ((Number) e.get("seq")).longValue())
                    .toList();
            // Delivery follows commit order (transaction, then seq), not seq alone: no seq twice is what holds.
            assertThat(seqs).as("no event twice").doesNotHaveDuplicates();
            Map<Write, Long> received = received(s.events);
            for (Write w : acknowledged) {
                assertThat(received.getOrDefault(w, 0L))
                        .as("events for %s (connections ended: %s)", w, s.endings)
                        .isEqualTo(1);
            }
        }
    }

    private long missing(ResumingSubscriber s) {
        Map<Write, Long> received = received(s.events);
        return acknowledged.stream().filter(w -> !received.containsKey(w)).count();
    }

    /**
     * How many of the events (a subscriber's, a webhook's) each write could be: an event counts for its type and
     * referral, and for each substatus it moves the referral to. One pass over the events, so a long
     * drill's thousands of writes are checked in linear time.
     */
    @SuppressWarnings("unchecked")
    static Map<Write, Long> received(List<Map<String, Object>> events) {
        Map<Write, Long> counts = new HashMap<>();
        for (Map<String, Object> e : List.copyOf(events)) {
            String type = (String) e.get("type");
            String referral = (String) e.get("referralId");
            counts.merge(new Write(type, referral, null), 1L, Long::sum);
            ((List<Map<String, Object>>) e.getOrDefault("changes", List.of()))
                    .stream()
                            .filter(c -> "/substatus".equals(c.get("path")) && c.get("to") instanceof String)
                            .map(c -> (String) c.get("to"))
                            .distinct()
                            .forEach(to -> counts.merge(new Write(type, referral, to), 1L, Long::sum));
        }
        return counts;
    }

    @Override
    public void close() throws InterruptedException {
        writing = false;
        stopWriting();
        subscribers.forEach(ResumingSubscriber::close);
    }
}
