package com.cosell.bench.events;

import static com.cosell.bench.Report.log;
import static com.cosell.bench.Report.ms;
import static com.cosell.bench.Report.round;
import static com.cosell.bench.Report.row;

import com.cosell.bench.Bench;
import com.cosell.bench.support.Bodies;
import com.cosell.bench.support.Http;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import reactor.core.publisher.Flux;

/**
 * Section 1: event latency and fan-out at each count in {@code subscribers=}. Paced: one change at a
 * time, every subscriber must get it before the next. Burst: {@code burst=} changes by 4 concurrent
 * writers. Beside each, a raw reactor-netty broadcast of the same payload to as many clients; then
 * raw LISTEN/NOTIFY.
 */
public final class EventLatencyBench {

    private final Bench bench;

    public EventLatencyBench(Bench bench) {
        this.bench = bench;
    }

    public void run() throws Exception {
        List<Integer> counts = new ArrayList<>();
        for (String s : bench.opt("subscribers", "1,100,1000").split(",")) {
            counts.add(Integer.parseInt(s.trim()));
        }
        Http http = bench.http();
        String token = bench.bobToken();
        String sample = null;
        // Private deals to change: each change is a referral-updated event to contoso only.
        int pool = bench.intOpt("burst", 200);
        log("creating " + pool + " deals to change ...");
        List<String> ids = Flux.range(0, pool).flatMap(i -> http.call("POST", "/v1.0/engagements/referrals", token,
                "application/json", Bodies.privateDeal("Bench deal " + i)), 8).map(r -> {
                    Http.check(r, 201);
                    return Http.JSON.readTree(r.body()).get("id").asString();
                }).collectList().block();
        try (RawBroadcast raw = new RawBroadcast(); CommitListener listener = new CommitListener(bench.jdbc())) {
            for (int n : counts) {
                log("event latency with " + n + " subscribers ...");
                // --- Co-sell
                long heap0 = Heap.afterGc();
                Subscribers cosell = new Subscribers(n, bench.base().replace("http", "ws") + "/v1.0/engagements/events",
                        token, listener.commits);
                long heapCosell = (Heap.afterGc() - heap0) / n;
                int paced = bench.intOpt("paced", 100);
                Histogram hw = new Histogram(3);
                AtomicLong value = new AtomicLong(1000);
                Histogram h = new ConcurrentHistogram(3);
                Histogram hc = new ConcurrentHistogram(3);
                cosell.fromCommit = hc;
                int lost = 0;
                for (int i = 0; i < paced + 10; i++) {
                    String id = ids.get(i % ids.size());
                    boolean warm = i < 10;
                    cosell.expect(id, warm ? null : h);
                    long w0 = System.nanoTime();
                    Http.check(http.patchDealValue(id, token, value.incrementAndGet()).block(), 200);
                    if (!warm) {
                        hw.recordValue((System.nanoTime() - w0) / 1000);
                    }
                    lost += cosell.await(id, n, 10_000);
                    Thread.sleep(5);
                }
                cosell.fromCommit = null; // the burst below queues behind its own writes: paced frames only
                if (sample == null) {
                    sample = cosell.sample;
                }
                // sustained: 4 concurrent writers, every subscriber must get every event
                int burst = bench.intOpt("burst", 200);
                Histogram hb = new ConcurrentHistogram(3);
                for (int i = 0; i < burst; i++) {
                    cosell.expect(ids.get(i), hb);
                }
                long s0 = System.nanoTime();
                Flux.range(0, burst).flatMap(i -> http.patchDealValue(ids.get(i), token, value.incrementAndGet()), 4)
                        .blockLast();
                int lostB = cosell.awaitAll((long) burst * n, 60_000);
                double cosellRate = burst / ((cosell.lastArrival.get() - s0) / 1e9);
                cosell.close();

                // --- raw reactor-netty broadcast of the same payload to the same number of clients
                long heap1 = Heap.afterGc();
                Subscribers rawSubs = new Subscribers(n, raw.url(), null, listener.commits);
                long heapRaw = (Heap.afterGc() - heap1) / n;
                Histogram hr = new ConcurrentHistogram(3);
                int rawLost = 0;
                String payload = sample;
                for (int i = 0; i < paced + 10; i++) {
                    String key = "k" + n + "-" + i;
                    rawSubs.expect(key, i < 10 ? null : hr);
                    raw.send(payload.replace(cosell.sampleId, key));
                    rawLost += rawSubs.await(key, n, 10_000);
                    Thread.sleep(5);
                }
                Histogram hrb = new ConcurrentHistogram(3);
                for (int i = 0; i < burst; i++) {
                    rawSubs.expect("b" + n + "-" + i, hrb);
                }
                long r0 = System.nanoTime();
                for (int i = 0; i < burst; i++) {
                    raw.send(payload.replace(cosell.sampleId, "b" + n + "-" + i));
                }
                int rawLostB = rawSubs.awaitAll((long) burst * n, 60_000);
                double rawRate = burst / ((rawSubs.lastArrival.get() - r0) / 1e9);
                rawSubs.close();

                String sec = "1. events, " + n + " subscriber" + (n == 1 ? "" : "s");
                row(sec, "latency p50 (ms), API write -> WS frame", ms(h, 50), ms(hr, 50), null);
                row(sec, "latency p99 (ms)", ms(h, 99), ms(hr, 99),
                        n == 1000 ? "<= 50 ms" : null);
                row(sec, "latency max (ms)", ms(h, 100), ms(hr, 100), null);
                row(sec, "commit (seen by a LISTEN) -> WS frame p50 (ms)", ms(hc, 50), ms(hr, 50), null);
                row(sec, "commit (seen by a LISTEN) -> WS frame p99 (ms)", ms(hc, 99), ms(hr, 99), null);
                row(sec, "  of which the API write's own response p50/p99 (ms)", ms(hw, 50) + " / " + ms(hw, 99), null, null);
                row(sec, "events/s sustained (all subscribers got each)", round(cosellRate), round(rawRate), null);
                row(sec, "burst delivery p99 (ms)", ms(hb, 99), ms(hrb, 99), null);
                if (n >= 100) {
                    row(sec, "heap per connection incl. bench client (KB)", round(heapCosell / 1024.0),
                            round(heapRaw / 1024.0), null);
                    row(sec, "connections in 1 GiB at that rate (server+client)", Math.round((1L << 30) / (double) heapCosell),
                            Math.round((1L << 30) / (double) heapRaw), "10,000");
                }
                row(sec, "lost/late deliveries (paced, burst)", lost + lostB, rawLost + rawLostB, null);
            }
        }
        new RawNotifyBench(bench).run(sample);
    }
}
