package com.cosell.bench.events;

import static com.cosell.bench.Report.log;
import static com.cosell.bench.Report.ms;
import static com.cosell.bench.Report.round;
import static com.cosell.bench.Report.row;

import com.cosell.backend.support.Deals;
import com.cosell.bench.Bench;
import com.cosell.bench.support.Http;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import reactor.core.publisher.Flux;

/**
 * Section 1: event latency and fan-out at each count in {@code subscribers=}. Paced: one change at a
 * time, every subscriber must get it before the next. Burst: {@code burst=} changes by 4 concurrent
 * writers. Beside each, a raw reactor-netty broadcast of the same payload to as many clients; then
 * raw LISTEN/NOTIFY.
 */
public final class EventLatencyBench {

    private static final long MIB = 1L << 20;
    private static final long GIB = 1L << 30;

    private final Bench bench;

    public EventLatencyBench(Bench bench) {
        this.bench = bench;
    }

    public void run() throws Exception {
        List<Integer> counts = new ArrayList<>();
        for (String s : bench.opt("subscribers", "1,100,1000,10000").split(",")) {
            counts.add(Integer.parseInt(s.trim()));
        }
        Http http = bench.http();
        String token = bench.bobToken();
        // Private deals to change: each change is a referral-updated event to contoso only.
        int pool = bench.intOpt("burst", 200);
        log("creating " + pool + " deals to change ...");
        List<String> ids = Flux.range(0, pool)
                .flatMap(
                        i -> http.call(
                                "POST",
                                "/v1.0/engagements/referrals",
                                token,
                                "application/json",
                                Deals.privateDeal("Bench deal " + i)),
                        8)
                .map(r -> {
                    Http.check(r, 201);
                    return Http.JSON.readTree(r.body()).get("id").asString();
                })
                .collectList()
                .block();
        List<String> burstIds = ids.subList(0, bench.intOpt("burst", 200));
        String heap = bench.opt("fleetHeap", "2g");
        SubscriberFleet.checkLimits(
                counts.stream().mapToInt(Integer::intValue).max().orElse(1));
        String[] sample = null; // the first frame and its referral id: the raw broadcast's payload
        try (RawBroadcast raw = new RawBroadcast()) {
            for (int n : counts) {
                log("event latency with " + n + " subscribers ...");
                String sec = "1. events, " + n + " subscriber" + (n == 1 ? "" : "s");
                int paced = bench.intOpt("paced", 100);
                // --- Co-sell
                int fds0 = SubscriberFleet.openFds();
                long heap0 = Heap.afterGc();
                long c0 = System.nanoTime();
                Histogram hw = new Histogram(3);
                SubscriberFleet.Histograms cosell;
                SubscriberFleet.Burst cosellBurst;
                long s0;
                int lost = 0;
                double connectCosell;
                long heldCosell;
                try (SubscriberFleet fleet = new SubscriberFleet(
                        n,
                        bench.base().replace("http", "ws") + "/v1.0/engagements/events",
                        token,
                        bench.jdbcUrl(),
                        heap)) {
                    connectCosell = (System.nanoTime() - c0) / 1e9;
                    heldCosell = Heap.afterGc(); // the server's side only: the clients are in the fleet's JVM
                    AtomicLong value = new AtomicLong(1000);
                    for (int i = 0; i < paced + 10; i++) {
                        String id = ids.get(i % ids.size());
                        boolean warm = i < 10;
                        fleet.expect(id, !warm);
                        long w0 = System.nanoTime();
                        Http.check(
                                http.patchDealValue(id, token, value.incrementAndGet())
                                        .block(),
                                204);
                        if (!warm) {
                            hw.recordValue((System.nanoTime() - w0) / 1000);
                        }
                        lost += fleet.await(id, w0, 10_000);
                        Thread.sleep(5);
                    }
                    if (sample == null && (sample = fleet.sample()) == null) {
                        throw new IllegalStateException("no subscriber got any event");
                    }
                    // sustained: 4 concurrent writers, every subscriber must get every event
                    fleet.expectBurst(burstIds);
                    s0 = System.nanoTime();
                    Flux.fromIterable(burstIds)
                            .flatMap(id -> http.patchDealValue(id, token, value.incrementAndGet()), 4)
                            .blockLast();
                    cosellBurst = fleet.awaitBurst(s0, 60_000);
                    cosell = fleet.histograms();
                }
                awaitServerClosed(fds0);

                // --- raw reactor-netty broadcast of the same payload to the same number of clients
                long heap1 = Heap.afterGc();
                long c1 = System.nanoTime();
                SubscriberFleet.Histograms rawH;
                SubscriberFleet.Burst rawBurst;
                long r0;
                int rawLost = 0;
                double connectRaw;
                long heldRaw;
                try (SubscriberFleet fleet = new SubscriberFleet(n, raw.url(), null, null, heap)) {
                    connectRaw = (System.nanoTime() - c1) / 1e9;
                    heldRaw = Heap.afterGc();
                    for (int i = 0; i < paced + 10; i++) {
                        String key = "k" + n + "-" + i;
                        fleet.expect(key, i >= 10);
                        long t0 = System.nanoTime();
                        raw.send(sample[1].replace(sample[0], key));
                        rawLost += fleet.await(key, t0, 10_000);
                        Thread.sleep(5);
                    }
                    List<String> keys = new ArrayList<>();
                    for (int i = 0; i < burstIds.size(); i++) {
                        keys.add("b" + n + "-" + i);
                    }
                    fleet.expectBurst(keys);
                    r0 = System.nanoTime();
                    for (String key : keys) {
                        raw.send(sample[1].replace(sample[0], key));
                    }
                    rawBurst = fleet.awaitBurst(r0, 60_000);
                    rawH = fleet.histograms();
                }
                awaitServerClosed(fds0);

                Histogram h = cosell.latency();
                Histogram hc = cosell.fromCommit();
                Histogram hr = rawH.latency();
                int burst = burstIds.size();
                row(sec, "latency p50 (ms), API write -> WS frame", ms(h, 50), ms(hr, 50), null);
                row(sec, "latency p99 (ms)", ms(h, 99), ms(hr, 99), n == 1000 ? "<= 50 ms" : null);
                row(sec, "latency max (ms)", ms(h, 100), ms(hr, 100), null);
                row(sec, "commit (seen by a LISTEN) -> WS frame p50 (ms)", ms(hc, 50), ms(hr, 50), null);
                row(sec, "commit (seen by a LISTEN) -> WS frame p99 (ms)", ms(hc, 99), ms(hr, 99), null);
                row(
                        sec,
                        "  of which the API write's own response p50/p99 (ms)",
                        ms(hw, 50) + " / " + ms(hw, 99),
                        null,
                        null);
                row(
                        sec,
                        "events/s sustained (all subscribers got each)",
                        round(burst / ((cosellBurst.lastArrival() - s0) / 1e9)),
                        round(burst / ((rawBurst.lastArrival() - r0) / 1e9)),
                        null);
                row(sec, "burst delivery p99 (ms)", ms(cosell.burst(), 99), ms(rawH.burst(), 99), null);
                // Heap after GC moves by about 1 MB between two readings, as much as 100 raw connections
                // hold: per connection only from 1,000 on.
                if (n >= 1000) {
                    long perCosell = (heldCosell - heap0) / n;
                    long perRaw = (heldRaw - heap1) / n;
                    row(
                            sec,
                            "heap per server connection (KB)",
                            round(perCosell / 1024.0),
                            round(perRaw / 1024.0),
                            null);
                    row(
                            sec,
                            "server connections per 1 GiB at that rate",
                            Math.round(GIB / (double) perCosell),
                            Math.round(GIB / (double) perRaw),
                            "10,000");
                }
                if (n >= 100) {
                    row(
                            sec,
                            "bench JVM heap after GC, holding them (MiB)",
                            round(heldCosell / (double) MIB),
                            round(heldRaw / (double) MIB),
                            n >= 10_000 ? "<= 1024 MiB" : null);
                    row(sec, "time to connect them all (s)", round(connectCosell), round(connectRaw), null);
                }
                row(
                        sec,
                        "lost/late deliveries (paced, burst)",
                        lost + cosellBurst.lost(),
                        rawLost + rawBurst.lost(),
                        null);
            }
        }
        new RawNotifyBench(bench).run(sample[1]);
    }

    /**
     * Waits for the server to close its side of a fleet that ended, so that the next fleet's figures
     * (heap, open files) do not count the last one's connections.
     */
    private static void awaitServerClosed(int fdsBefore) throws InterruptedException {
        for (int i = 0; SubscriberFleet.openFds() > fdsBefore + 50; i++) {
            if (i == 600) {
                log("the server still holds " + (SubscriberFleet.openFds() - fdsBefore)
                        + " more open files than before");
                return;
            }
            Thread.sleep(100);
        }
    }
}
