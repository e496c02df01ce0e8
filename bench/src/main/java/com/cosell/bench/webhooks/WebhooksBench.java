package com.cosell.bench.webhooks;

import static com.cosell.bench.Report.fmt;
import static com.cosell.bench.Report.log;
import static com.cosell.bench.Report.ms;
import static com.cosell.bench.Report.round;
import static com.cosell.bench.Report.row;

import com.cosell.backend.support.Deals;
import com.cosell.bench.Bench;
import com.cosell.bench.support.Http;
import com.cosell.bench.webhooks.DeliveryRuns.Latency;
import com.cosell.bench.webhooks.DeliveryRuns.Throughput;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToDoubleFunction;
import reactor.core.publisher.Flux;

/**
 * Section 5: webhook delivery to a fast receiver on loopback, at each poll interval in
 * {@code webhookPolls=} (default the backend's 1 s, and 0.05 s). (a) Events delivered per second to
 * one subscription replaying {@code webhookEvents=} events already in the log (200 changes made through
 * the API, and copies of their events), a fifth of them at intervals of 0.5 s and more (100 events per
 * claim, then the next poll, make that about 100/s there); (b) commit → delivery
 * latency of {@code webhookChanges=} changes made one at a time through the API, each at a random
 * moment (0–100 ms after the one before), timed from the API's 204 to the receiver reading the
 * request's headers. Beside them, a plain POST loop of as many requests with the same body to the same
 * receiver, run between them. Each is repeated {@code webhookRuns=} times; the table shows the median
 * and the spread (min–max).
 */
public final class WebhooksBench {

    /** Changes made through the API; the rest of the log is copies of their events (through the API: minutes). */
    private static final int API_CHANGES = 200;

    private final Bench bench;
    private final Http http;
    private final DeliveryRuns deliveryRuns;

    public WebhooksBench(Bench bench) {
        this.bench = bench;
        this.http = bench.http();
        this.deliveryRuns = new DeliveryRuns(bench);
    }

    public void run() throws Exception {
        int n = bench.intOpt("webhookEvents", 5000);
        int runs = bench.intOpt("webhookRuns", 3);
        int changes = bench.intOpt("webhookChanges", 60);
        List<Duration> polls = new ArrayList<>();
        for (String s : bench.opt("webhookPolls", "PT1S,PT0.05S").split(",")) {
            polls.add(Duration.parse(s.trim()));
        }
        String bob = bench.bobToken();
        log("webhooks: 50 deals, " + API_CHANGES + " changes to them through the API, copied up to " + fmt(n)
                + " events in the log ...");
        List<String> deals = Flux.range(0, 50)
                .flatMap(
                        i -> http.call(
                                "POST",
                                "/v1.0/engagements/referrals",
                                bob,
                                "application/json",
                                Deals.privateDeal("Webhook deal " + i)),
                        8)
                .map(r ->
                        Http.JSON.readTree(Http.check(r, 201).body()).get("id").asString())
                .collectList()
                .block();
        long from = maxSeq();
        AtomicLong value = new AtomicLong(1000);
        Flux.range(0, API_CHANGES)
                .flatMap(
                        i -> http.patchDealValue(deals.get(i % deals.size()), bob, value.incrementAndGet())
                                .map(r -> Http.check(r, 204)),
                        8)
                .blockLast();
        copyEvents(from, n - API_CHANGES);
        List<Long> log = seqsAfter(from);
        n = log.size();
        try (FastReceiver rx = new FastReceiver();
                RawPostLoop raw = new RawPostLoop()) {
            // Warm-up, not counted: the delivery path and the raw loop, JIT-compiled before any is timed.
            Throughput warm = deliveryRuns.throughput(
                    rx, Duration.ofMillis(50), log.subList(log.size() - Math.min(500, log.size()), log.size()));
            String body = rx.lane(warm.path()).sample.get();
            raw.run(rx.url("/raw-warm"), body, Math.min(500, n));
            log("webhooks: a delivery's body is " + body.length() + " bytes");
            bench.resetStatementStats();
            for (Duration poll : polls) {
                String sec = "5. webhooks, poll " + poll.toMillis() / 1000.0 + " s";
                int m = poll.compareTo(Duration.ofMillis(500)) >= 0 ? Math.max(1, n / 5) : n;
                List<Throughput> tp = new ArrayList<>();
                List<Latency> lat = new ArrayList<>();
                // The raw loop runs between Co-sell's runs, so that both meet the same load on a shared machine.
                List<RawPostLoop.Result> raws = new ArrayList<>();
                for (int r = 0; r < runs; r++) {
                    log(sec + ": run " + (r + 1) + " of " + runs);
                    tp.add(deliveryRuns.throughput(rx, poll, log.subList(log.size() - m, log.size())));
                    raws.add(raw.run(rx.url(deliveryRuns.path("/raw")), body, n));
                    lat.add(deliveryRuns.latency(rx, poll, deals, changes, value));
                }
                double rawRate = median(raws, RawPostLoop.Result::perSecond);
                double rawP50 = median(raws, x -> ms(x.latency(), 50));
                double rawP99 = median(raws, x -> ms(x.latency(), 99));
                ToDoubleFunction<Throughput> rate = Throughput::perSecond;
                row(
                        sec,
                        "events delivered/s, 1 subscription, " + fmt(m) + " in the log",
                        median(tp, rate),
                        round(rawRate),
                        null);
                row(sec, "  runs min-max", spread(tp, rate), spread(raws, RawPostLoop.Result::perSecond), null);
                ToDoubleFunction<Latency> p50 = x -> ms(x.h(), 50);
                ToDoubleFunction<Latency> p99 = x -> ms(x.h(), 99);
                row(sec, "commit -> delivery p50 (ms), raw: POST p50", median(lat, p50), rawP50, null);
                row(sec, "  runs min-max", spread(lat, p50), spread(raws, x -> ms(x.latency(), 50)), null);
                row(sec, "commit -> delivery p99 (ms), raw: POST p99", median(lat, p99), rawP99, null);
                row(sec, "  runs min-max", spread(lat, p99), spread(raws, x -> ms(x.latency(), 99)), null);
                int lost = tp.stream().mapToInt(Throughput::lost).sum()
                        + lat.stream().mapToInt(Latency::lost).sum();
                int repeated = tp.stream().mapToInt(Throughput::repeated).sum()
                        + lat.stream().mapToInt(Latency::repeated).sum();
                row(sec, "lost / repeated deliveries (all runs)", lost + " / " + repeated, null, "0 / 0");
            }
            bench.logStatementStats(8); // where delivery's database time went, over all runs
        }
    }

    /** {@code k} more events: copies of contoso's referral-updated events after {@code seq}, in one statement. */
    private void copyEvents(long seq, int k) throws Exception {
        if (k <= 0) {
            return;
        }
        try (Connection c = bench.jdbc();
                PreparedStatement ps = c.prepareStatement("""
                INSERT INTO referral_event (type, organization_id, referral_id, engagement_id, actor_id, actor_name, at, changes)
                SELECT e.type, e.organization_id, e.referral_id, e.engagement_id, e.actor_id, e.actor_name, now(), e.changes
                FROM generate_series(1, ?) g, (SELECT * FROM referral_event WHERE seq > ? AND organization_id = 'contoso'
                                               AND type = 'referral-updated') e
                ORDER BY g, e.seq LIMIT ?""")) {
            ps.setInt(1, k / API_CHANGES + 1);
            ps.setLong(2, seq);
            ps.setInt(3, k);
            ps.executeUpdate();
            // As after the other sections' bulk loads: the planner sees the log as it now is.
            try (PreparedStatement a = c.prepareStatement("ANALYZE referral_event")) {
                a.execute();
            }
        }
    }

    private long maxSeq() throws Exception {
        try (Connection c = bench.jdbc();
                PreparedStatement ps = c.prepareStatement("SELECT coalesce(max(seq), 0) FROM referral_event");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** contoso's referral-updated events after {@code seq}, in the order delivery sends them. */
    private List<Long> seqsAfter(long seq) throws Exception {
        List<Long> out = new ArrayList<>();
        try (Connection c = bench.jdbc();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT seq FROM referral_event"
                                + " WHERE organization_id = 'contoso' AND type = 'referral-updated' AND seq > ? ORDER BY tx, seq")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    private static <T> double median(List<T> runs, ToDoubleFunction<T> f) {
        List<Double> v = new ArrayList<>(runs.stream().map(f::applyAsDouble).toList());
        Collections.sort(v);
        int k = v.size();
        return round(k % 2 == 1 ? v.get(k / 2) : (v.get(k / 2 - 1) + v.get(k / 2)) / 2);
    }

    private static <T> String spread(List<T> runs, ToDoubleFunction<T> f) {
        double lo = runs.stream().mapToDouble(f).min().orElse(Double.NaN);
        double hi = runs.stream().mapToDouble(f).max().orElse(Double.NaN);
        return round(lo) + "-" + round(hi);
    }
}
