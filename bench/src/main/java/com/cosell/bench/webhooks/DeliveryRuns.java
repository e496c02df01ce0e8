package com.cosell.bench.webhooks;

import static com.cosell.bench.Report.log;
import static com.cosell.bench.Report.ms;
import static com.cosell.bench.Report.round;

import com.cosell.backend.webhook.delivery.BenchWorkers;
import com.cosell.backend.webhook.delivery.DeliveryWorker;
import com.cosell.bench.Bench;
import com.cosell.bench.support.Http;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * The webhooks section's timed runs: each through a subscription of its own, on a path of its own of the
 * receiver, delivered by a worker started for it at the run's poll interval and stopped after it.
 */
final class DeliveryRuns {

    private static final String TYPES = "[\"referral-updated\"]";

    private final Bench bench;
    private final Http http;
    private int lanes;

    DeliveryRuns(Bench bench) {
        this.bench = bench;
        this.http = bench.http();
    }

    /** A receiver path no run has used yet (the raw loop's runs take theirs here too). */
    String path(String prefix) {
        return prefix + lanes++;
    }

    record Throughput(String path, double perSecond, int lost, int repeated) {}

    record Latency(Histogram h, int lost, int repeated) {}

    /** A new subscription replaying {@code seqs} (the newest events of the log) to a worker started for it. */
    Throughput throughput(FastReceiver rx, Duration poll, List<Long> seqs) throws Exception {
        String path = path("/t");
        String id = subscribe(rx.url(path));
        Http.check(
                http.call(
                                "POST",
                                "/v1.0/webhooks/" + id + "/replay",
                                bench.adminToken(),
                                "application/json",
                                "{\"fromSeq\":" + seqs.getFirst() + "}")
                        .block(),
                202);
        FastReceiver.Lane lane = rx.lane(path);
        DeliveryWorker worker = BenchWorkers.start(bench::bean, poll);
        try {
            awaitAll(lane, seqs, 30_000 + seqs.size() * 20L);
        } finally {
            worker.stop();
            unsubscribe(id);
        }
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        int lost = 0;
        for (Long s : seqs) {
            Long at = lane.arrivals.get(s.toString());
            if (at == null) {
                lost++;
            } else {
                first = Math.min(first, at);
                last = Math.max(last, at);
            }
        }
        double rate = last > first ? (seqs.size() - lost - 1) / ((last - first) / 1e9) : Double.NaN;
        log(String.format(
                "  %,d events: %.0f/s between the first and the last arrival, %d lost", seqs.size(), rate, lost));
        return new Throughput(path, round(rate), lost, lane.requests.get() - lane.distinct());
    }

    /** One change at a time through the API, at random moments, each timed from its 204 to its arrival. */
    Latency latency(FastReceiver rx, Duration poll, List<String> deals, int changes, AtomicLong value)
            throws Exception {
        String path = path("/l");
        String id = subscribe(rx.url(path));
        FastReceiver.Lane lane = rx.lane(path);
        DeliveryWorker worker = BenchWorkers.start(bench::bean, poll);
        Map<Long, Long> committed = new HashMap<>();
        try (Connection c = bench.jdbc();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT max(seq) FROM referral_event WHERE referral_id = CAST(? AS uuid) AND type = 'referral-updated'")) {
            for (int i = 0; i < changes; i++) {
                String deal = deals.get(i % deals.size());
                Http.check(
                        http.patchDealValue(deal, bench.bobToken(), value.incrementAndGet())
                                .block(),
                        204);
                long at = System.nanoTime();
                ps.setString(1, deal);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    committed.put(rs.getLong(1), at);
                }
                Thread.sleep(ThreadLocalRandom.current().nextInt(100));
            }
            awaitAll(lane, committed.keySet(), 10_000 + poll.toMillis());
        } finally {
            worker.stop();
            unsubscribe(id);
        }
        Histogram h = new Histogram(3);
        int lost = 0;
        for (var e : committed.entrySet()) {
            Long at = lane.arrivals.get(e.getKey().toString());
            if (at == null) {
                lost++;
            } else {
                h.recordValue(Math.max(0, at - e.getValue()) / 1000);
            }
        }
        log(String.format(
                "  %d changes: commit -> delivery p50 %.1f ms, p99 %.1f ms, %d lost",
                changes, ms(h, 50), ms(h, 99), lost));
        return new Latency(h, lost, lane.requests.get() - lane.distinct());
    }

    /**
     * Until every one of {@code seqs} has arrived (arrival times are taken by the receiver, so this
     * checks only every 5 ms, and looks at the ids only once enough requests came: it shares the 2 cores).
     */
    private static void awaitAll(FastReceiver.Lane lane, Collection<Long> seqs, long timeoutMs)
            throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < end) {
            if (lane.distinct() >= seqs.size()
                    && seqs.stream().allMatch(s -> lane.arrivals.containsKey(s.toString()))) {
                return;
            }
            Thread.sleep(5);
        }
    }

    private String subscribe(String url) {
        String r = Http.check(
                        http.call(
                                        "POST",
                                        "/v1.0/webhooks",
                                        bench.adminToken(),
                                        "application/json",
                                        "{\"url\":\"" + url + "\",\"eventTypes\":" + TYPES
                                                + ",\"description\":\"bench\"}")
                                .block(),
                        201)
                .body();
        return Http.JSON.readTree(r).get("id").asString();
    }

    /** Removed, so that its lease (kept by the stopped worker) and its cursor matter no more. */
    private void unsubscribe(String id) {
        Http.check(
                http.call("DELETE", "/v1.0/webhooks/" + id, bench.adminToken(), null, null)
                        .block(),
                204);
    }
}
