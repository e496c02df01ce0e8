package com.cosell.bench.events;

import static com.cosell.bench.Report.log;

import com.cosell.bench.support.Wait;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import reactor.core.Disposable;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.WebsocketClientSpec;
import reactor.netty.resources.ConnectionProvider;

/** n WebSocket clients; each records, per expected key, the delay from {@link #expect} to its frame. */
final class Subscribers {

    volatile Histogram fromCommit;
    private final Map<Long, Long> commits;
    private final List<Disposable> connections = new ArrayList<>();
    private final Map<String, Expected> expected = new ConcurrentHashMap<>();
    private final AtomicLong ready = new AtomicLong();
    private final AtomicLong delivered = new AtomicLong();
    final AtomicLong lastArrival = new AtomicLong();
    volatile String sample;
    volatile String sampleId;

    private record Expected(long t0, Histogram h, AtomicLong count) {
    }

    Subscribers(int n, String url, String token, Map<Long, Long> commits) {
        this.commits = commits;
        HttpClient client = HttpClient.create(ConnectionProvider.newConnection()).headers(h -> {
            if (token != null) {
                h.set("Authorization", "Bearer " + token);
            }
        });
        for (int i = 0; i < n; i++) {
            connections.add(client.websocket(WebsocketClientSpec.builder().maxFramePayloadLength(1 << 20).build())
                    .uri(url).handle((in, out) -> in.aggregateFrames(1 << 20).receive().asString().doOnNext(this::onMessage))
                    .subscribe(x -> { }, e -> log("subscriber failed: " + e)));
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
        if (e.h != null) {
            e.h.recordValue((now - e.t0) / 1000);
            Histogram fc = fromCommit;
            int q = text.indexOf("\"seq\":");
            if (fc != null && q >= 0) {
                int a = q + 6;
                int b = a;
                while (b < text.length() && Character.isDigit(text.charAt(b))) {
                    b++;
                }
                Long c = commits.get(Long.parseLong(text.substring(a, b)));
                if (c != null) {
                    fc.recordValue(Math.max(0, now - c) / 1000);
                }
            }
        }
        e.count.incrementAndGet();
        delivered.incrementAndGet();
        lastArrival.accumulateAndGet(now, Math::max);
    }

    void expect(String key, Histogram h) {
        expected.put(key, new Expected(System.nanoTime(), h, new AtomicLong()));
    }

    /** Waits until n frames for key arrived; returns how many did not. */
    int await(String key, int n, long timeoutMs) {
        Expected e = expected.get(key);
        Wait.until(() -> e.count.get() >= n, timeoutMs);
        expected.remove(key);
        delivered.addAndGet(-e.count.get());
        return (int) Math.max(0, n - e.count.get());
    }

    int awaitAll(long n, long timeoutMs) {
        Wait.until(() -> delivered.get() >= n, timeoutMs);
        int missing = (int) Math.max(0, n - delivered.get());
        expected.clear();
        delivered.set(0);
        return missing;
    }

    void close() {
        connections.forEach(Disposable::dispose);
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
