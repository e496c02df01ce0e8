package com.cosell.bench.events;

import static com.cosell.bench.Report.ms;

import com.cosell.bench.Bench;
import com.cosell.bench.support.Http;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import reactor.core.publisher.Flux;

/**
 * One round of section 1 at one subscriber count, through Co-sell or as the raw broadcast: paced
 * changes (each awaited by every subscriber before the next), then a burst by 4 concurrent writers.
 */
final class EventRounds {

    /** What one round measured (milliseconds unless named otherwise). */
    record Round(
            double p50,
            double p99,
            double max,
            double commitP50,
            double commitP99,
            double writeP50,
            double writeP99,
            double eventsPerSecond,
            double burstP99,
            double burstWritesMs,
            double burstDeliveredMs,
            long heapBefore,
            long heapHeld,
            double connectSeconds,
            long lost) {}

    private final Bench bench;
    private final AtomicLong value = new AtomicLong(1000);
    /** The first frame a Co-sell subscriber got, and its referral id: the raw broadcast's payload. */
    private String[] sample;

    EventRounds(Bench bench) {
        this.bench = bench;
    }

    /** API writes (a deal value each) to {@code ids}; every subscriber of contoso's stream gets each. */
    Round cosell(int n, int paced, List<String> ids, List<String> burstIds, String heap) throws Exception {
        Http http = bench.http();
        String token = bench.bobToken();
        long heap0 = Heap.afterGc();
        long c0 = System.nanoTime();
        Histogram writes = new Histogram(3);
        try (SubscriberFleet fleet = new SubscriberFleet(
                n, bench.base().replace("http", "ws") + "/v1.0/engagements/events", token, bench.jdbcUrl(), heap)) {
            double connect = (System.nanoTime() - c0) / 1e9;
            long held = Heap.afterGc(); // the server's side only: the clients are in the fleet's JVM
            int lost = 0;
            for (int i = 0; i < paced + 10; i++) {
                String id = ids.get(i % ids.size());
                boolean warm = i < 10;
                fleet.expect(id, !warm);
                long w0 = System.nanoTime();
                Http.check(
                        http.patchDealValue(id, token, value.incrementAndGet()).block(), 204);
                if (!warm) {
                    writes.recordValue((System.nanoTime() - w0) / 1000);
                }
                lost += fleet.await(id, w0, 10_000);
                Thread.sleep(5);
            }
            if (sample == null && (sample = fleet.sample()) == null) {
                throw new IllegalStateException("no subscriber got any event");
            }
            fleet.expectBurst(burstIds);
            long s0 = System.nanoTime();
            Flux.fromIterable(burstIds)
                    .flatMap(id -> http.patchDealValue(id, token, value.incrementAndGet()), 4)
                    .blockLast();
            long written = System.nanoTime();
            SubscriberFleet.Burst burst = fleet.awaitBurst(s0, 60_000);
            SubscriberFleet.Histograms h = fleet.histograms();
            return round(h, h.fromCommit(), writes, burstIds.size(), s0, written, burst, heap0, held, connect, lost);
        }
    }

    /** The same payload (with its referral id replaced) sent by a raw reactor-netty broadcast. */
    Round raw(RawBroadcast raw, int n, int paced, int burstSize, String heap) throws Exception {
        long heap0 = Heap.afterGc();
        long c0 = System.nanoTime();
        try (SubscriberFleet fleet = new SubscriberFleet(n, raw.url(), null, null, heap)) {
            double connect = (System.nanoTime() - c0) / 1e9;
            long held = Heap.afterGc();
            int lost = 0;
            for (int i = 0; i < paced + 10; i++) {
                String key = "k" + n + "-" + System.nanoTime() + "-" + i;
                fleet.expect(key, i >= 10);
                long t0 = System.nanoTime();
                raw.send(sample[1].replace(sample[0], key));
                lost += fleet.await(key, t0, 10_000);
                Thread.sleep(5);
            }
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < burstSize; i++) {
                keys.add("b" + n + "-" + System.nanoTime() + "-" + i);
            }
            fleet.expectBurst(keys);
            long r0 = System.nanoTime();
            for (String key : keys) {
                raw.send(sample[1].replace(sample[0], key));
            }
            long sent = System.nanoTime();
            SubscriberFleet.Burst burst = fleet.awaitBurst(r0, 60_000);
            SubscriberFleet.Histograms h = fleet.histograms();
            // A raw send is its commit: its latency is also its commit -> frame.
            return round(h, h.latency(), new Histogram(3), burstSize, r0, sent, burst, heap0, held, connect, lost);
        }
    }

    /** The Co-sell frame the raw rounds send (after the first Co-sell round). */
    String[] sample() {
        return sample;
    }

    private static Round round(
            SubscriberFleet.Histograms h,
            Histogram fromCommit,
            Histogram writes,
            int burstSize,
            long start,
            long written,
            SubscriberFleet.Burst burst,
            long heap0,
            long held,
            double connect,
            long lost) {
        double delivered = (burst.lastArrival() - start) / 1e6;
        return new Round(
                ms(h.latency(), 50),
                ms(h.latency(), 99),
                ms(h.latency(), 100),
                ms(fromCommit, 50),
                ms(fromCommit, 99),
                writes.getTotalCount() == 0 ? 0 : ms(writes, 50),
                writes.getTotalCount() == 0 ? 0 : ms(writes, 99),
                burstSize / (delivered / 1e3),
                ms(h.burst(), 99),
                (written - start) / 1e6,
                delivered,
                heap0,
                held,
                connect,
                lost + burst.lost());
    }
}
