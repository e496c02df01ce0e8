package com.cosell.bench.events;

import com.cosell.bench.support.Wait;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import reactor.core.Disposable;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.WebsocketClientSpec;
import reactor.netty.resources.ConnectionProvider;

/**
 * n WebSocket clients (they live in the fleet's process, {@link FleetChild}). A frame is matched to
 * an expected key by its referralId; its arrival time is kept, and turned into a latency once the
 * caller says when the change was made ({@link #await}): the caller registers a key before it makes
 * the change, so no frame can come before its key is known.
 */
final class Subscribers {

    /** Paced latency, change -> frame, and commit (seen by a LISTEN) -> frame; burst latency. All µs. */
    final Histogram latency = new Histogram(3);

    final Histogram fromCommit = new ConcurrentHistogram(3);
    final Histogram burst = new Histogram(3);
    final AtomicLong lastArrival = new AtomicLong();
    volatile String sample;
    volatile String sampleId;

    private final int n;
    private final Map<Long, Long> commits;
    private final List<Disposable> connections = new ArrayList<>();
    private final Map<String, Expected> expected = new ConcurrentHashMap<>();
    private final AtomicLong ready = new AtomicLong();
    private final AtomicLong delivered = new AtomicLong();

    /**
     * One arrival time per subscriber, in slots taken from {@code next}; {@code count} counts the stored
     * ones, so when it reaches n every slot is written. {@code measured} is false for warm-up.
     */
    private record Expected(
            AtomicLongArray arrivals, AtomicInteger next, AtomicInteger count, boolean measured, boolean fromCommit) {
        Expected(int n, boolean measured, boolean fromCommit) {
            this(new AtomicLongArray(n), new AtomicInteger(), new AtomicInteger(), measured, fromCommit);
        }
    }

    /** Connects n clients in steps of 100 (a handshake storm only measures the accept queue) and waits for each "ready". */
    Subscribers(int n, String url, String token, Map<Long, Long> commits) {
        this.n = n;
        this.commits = commits;
        HttpClient client = HttpClient.create(ConnectionProvider.newConnection())
                .headers(h -> {
                    if (token != null) {
                        h.set("Authorization", "Bearer " + token);
                    }
                });
        for (int i = 0; i < n; i++) {
            connections.add(client.websocket(WebsocketClientSpec.builder()
                            .maxFramePayloadLength(1 << 20)
                            .build())
                    .uri(url)
                    .handle((in, out) ->
                            in.aggregateFrames(1 << 20).receive().asString().doOnNext(this::onMessage))
                    .subscribe(x -> {}, e -> System.err.println("subscriber failed: " + e)));
            if (i % 100 == 99) {
                Wait.until(() -> ready.get() >= connections.size() - 50, 60_000);
            }
        }
        if (!Wait.until(() -> ready.get() >= n, 120_000)) {
            throw new IllegalStateException("only " + ready.get() + " of " + n + " subscribers ready");
        }
    }

    private void onMessage(String text) {
        long now = System.nanoTime();
        int i = text.indexOf("\"referralId\":\"");
        if (i < 0) {
            if (text.contains("\"type\":\"ready\"")) {
                ready.incrementAndGet();
            }
            return;
        }
        int s = i + 14;
        String key = text.substring(s, text.indexOf('"', s));
        Expected e = expected.get(key);
        if (e == null) {
            return;
        }
        if (sample == null) {
            sampleId = key;
            sample = text;
        }
        int k = e.next.getAndIncrement();
        if (k < n) {
            e.arrivals.set(k, now);
        }
        e.count.incrementAndGet();
        if (e.fromCommit) {
            int q = text.indexOf("\"seq\":");
            if (q >= 0) {
                int a = q + 6;
                int b = a;
                while (b < text.length() && Character.isDigit(text.charAt(b))) {
                    b++;
                }
                Long c = commits.get(Long.parseLong(text.substring(a, b)));
                if (c != null) {
                    fromCommit.recordValue(Math.max(0, now - c) / 1000);
                }
            }
        }
        delivered.incrementAndGet();
        lastArrival.accumulateAndGet(now, Math::max);
    }

    /** A paced change is coming for key; measured ones count in the latency and commit -> frame figures. */
    void expect(String key, boolean measured) {
        expected.put(key, new Expected(n, measured, measured));
    }

    /** A burst of changes is coming for these keys. */
    void expectBurst(Collection<String> keys) {
        for (String key : keys) {
            expected.put(key, new Expected(n, true, false));
        }
    }

    /** Waits until every subscriber got key's frame; records arrival - t0 (the change); returns how many did not. */
    int await(String key, long t0, long timeoutMs) {
        Expected e = expected.get(key);
        Wait.until(() -> e.count.get() >= n, timeoutMs);
        expected.remove(key);
        delivered.addAndGet(-e.count.get());
        if (e.measured) {
            record(e, t0, latency);
        }
        return (int) Math.max(0, n - e.count.get());
    }

    /** Waits until every subscriber got every burst frame; records arrival - t0 (the burst's start); returns how many did not. */
    long awaitBurst(long t0, long timeoutMs) {
        long total = (long) expected.size() * n;
        Wait.until(() -> delivered.get() >= total, timeoutMs);
        long missing = Math.max(0, total - delivered.get());
        for (Expected e : expected.values()) {
            record(e, t0, burst);
        }
        expected.clear();
        delivered.set(0);
        return missing;
    }

    private static void record(Expected e, long t0, Histogram h) {
        for (int k = 0; k < e.arrivals.length(); k++) {
            long at = e.arrivals.get(k);
            if (at != 0) { // 0: no frame (lost), or one still being stored at the timeout
                h.recordValue(Math.max(0, at - t0) / 1000);
            }
        }
    }

    void close() {
        connections.forEach(Disposable::dispose);
    }
}
