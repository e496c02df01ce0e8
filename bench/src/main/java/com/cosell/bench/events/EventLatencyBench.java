package com.cosell.bench.events;

import static com.cosell.bench.Report.log;
import static com.cosell.bench.Report.round;
import static com.cosell.bench.Report.row;

import com.cosell.backend.support.Deals;
import com.cosell.bench.Bench;
import com.cosell.bench.Repeated;
import com.cosell.bench.events.EventRounds.Round;
import com.cosell.bench.support.Http;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import reactor.core.publisher.Flux;

/**
 * Section 1: event latency and fan-out at each count in {@code subscribers=}. Paced: one change at a
 * time, every subscriber must get it before the next. Burst: {@code burst=} changes by 4 concurrent
 * writers. Beside each, a raw reactor-netty broadcast of the same payload to as many clients, each
 * {@code repeats=} times (3) interleaved, rows with the median and spread; then raw LISTEN/NOTIFY.
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
        int paced = bench.intOpt("paced", 100);
        int repeats = bench.intOpt("repeats", 3);
        EventRounds rounds = new EventRounds(bench);
        try (RawBroadcast raw = new RawBroadcast()) {
            for (int n : counts) {
                String sec = "1. events, " + n + " subscriber" + (n == 1 ? "" : "s");
                List<Round> cosell = new ArrayList<>();
                List<Round> direct = new ArrayList<>();
                for (int r = 1; r <= repeats; r++) { // interleaved: a drift of the machine hits both
                    log("event latency with " + n + " subscribers, run " + r + " of " + repeats + " ...");
                    int fds0 = SubscriberFleet.openFds();
                    cosell.add(rounds.cosell(n, paced, ids, burstIds, heap));
                    awaitServerClosed(fds0);
                    direct.add(rounds.raw(raw, n, paced, burstIds.size(), heap));
                    awaitServerClosed(fds0);
                }
                rows(sec, n, cosell, direct);
            }
        }
        new RawNotifyBench(bench).run(rounds.sample()[1]);
    }

    private static void rows(String sec, int n, List<Round> cosell, List<Round> raw) {
        row(sec, "latency p50 (ms), API write -> WS frame", of(cosell, Round::p50), of(raw, Round::p50), null);
        row(sec, "latency p99 (ms)", of(cosell, Round::p99), of(raw, Round::p99), n == 1000 ? "<= 50 ms" : null);
        row(sec, "latency max (ms)", of(cosell, Round::max), of(raw, Round::max), null);
        row(
                sec,
                "commit (seen by a LISTEN) -> WS frame p50 (ms)",
                of(cosell, Round::commitP50),
                of(raw, Round::p50),
                null);
        row(
                sec,
                "commit (seen by a LISTEN) -> WS frame p99 (ms)",
                of(cosell, Round::commitP99),
                of(raw, Round::p99),
                n == 1000 ? "<= 1.5 x raw" : null);
        row(sec, "  of which the API write's own response p50 (ms)", of(cosell, Round::writeP50), null, null);
        row(sec, "  of which the API write's own response p99 (ms)", of(cosell, Round::writeP99), null, null);
        row(
                sec,
                "events/s sustained (all subscribers got each)",
                of(cosell, Round::eventsPerSecond),
                of(raw, Round::eventsPerSecond),
                null);
        row(sec, "burst delivery p99 (ms)", of(cosell, Round::burstP99), of(raw, Round::burstP99), null);
        row(sec, "burst: the writes took (ms)", of(cosell, Round::burstWritesMs), null, null);
        row(
                sec,
                "burst: delivered to every subscriber ÷ the writes' time",
                of(cosell, r -> round(r.burstDeliveredMs() / r.burstWritesMs())),
                null,
                "<= 2");
        // Heap after GC moves by about 1 MB between two readings, as much as 100 raw connections
        // hold: per connection only from 1,000 on.
        if (n >= 1000) {
            row(
                    sec,
                    "heap per server connection (KB)",
                    of(cosell, r -> round((r.heapHeld() - r.heapBefore()) / 1024.0 / n)),
                    of(raw, r -> round((r.heapHeld() - r.heapBefore()) / 1024.0 / n)),
                    null);
            row(
                    sec,
                    "server connections per 1 GiB at that rate",
                    of(cosell, r -> Math.round(GIB / ((r.heapHeld() - r.heapBefore()) / (double) n))),
                    of(raw, r -> Math.round(GIB / ((r.heapHeld() - r.heapBefore()) / (double) n))),
                    "10,000");
        }
        if (n >= 100) {
            row(
                    sec,
                    "bench JVM heap after GC, holding them (MiB)",
                    of(cosell, r -> round(r.heapHeld() / (double) MIB)),
                    of(raw, r -> round(r.heapHeld() / (double) MIB)),
                    n >= 10_000 ? "<= 1024 MiB" : null);
            row(
                    sec,
                    "time to connect them all (s)",
                    of(cosell, Round::connectSeconds),
                    of(raw, Round::connectSeconds),
                    null);
        }
        row(
                sec,
                "lost/late deliveries (paced, burst), all runs",
                cosell.stream().mapToLong(Round::lost).sum(),
                raw.stream().mapToLong(Round::lost).sum(),
                null);
    }

    private static Repeated of(List<Round> runs, ToDoubleFunction<Round> figure) {
        return Repeated.of(runs.stream().map(figure::applyAsDouble).toList());
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
