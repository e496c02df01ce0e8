package com.cosell.bench.writes;

import static com.cosell.bench.Report.log;
import static com.cosell.bench.Report.ms;
import static com.cosell.bench.Report.round;
import static com.cosell.bench.Report.row;

import com.cosell.backend.support.Deals;
import com.cosell.bench.Bench;
import com.cosell.bench.support.BulkLoad;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import reactor.core.publisher.Flux;

/** Section 4: accept/decline throughput over {@code writes=} received referrals, alternately accepted and declined. */
public final class WritesBench {

    private final Bench bench;

    public WritesBench(Bench bench) {
        this.bench = bench;
    }

    public void run() throws Exception {
        int n = bench.intOpt("writes", 2000);
        log("accept/decline throughput over " + n + " received referrals ...");
        List<String> ids = new ArrayList<>();
        try (Connection c = bench.jdbc();
                Statement st = c.createStatement()) {
            BulkLoad.referrals(
                    c,
                    bench.template(),
                    n,
                    "Write ",
                    "ARRAY['Received']",
                    "now() - make_interval(secs => g)",
                    "now() + interval '14 days'");
            st.execute("ANALYZE referral");
            try (ResultSet rs = st.executeQuery("SELECT id FROM referral WHERE name LIKE 'Write %'")) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        long events0 = eventCount();
        String accept = """
                [{"op": "replace", "path": "/status", "value": "Active"},
                 {"op": "replace", "path": "/substatus", "value": "Accepted"},
                 {"op": "replace", "path": "/details/dealValue", "value": 90000},
                 {"op": "replace", "path": "/details/currency", "value": "USD"},
                 {"op": "replace", "path": "/details/closingDateTime", "value": "%s"},
                 {"op": "add", "path": "/externalReferenceId", "value": "CRM-ACC-1"}]""".formatted(Deals.closeDate());
        String decline = Deals.declinePatch("TimelineTooShort");
        Histogram h = new ConcurrentHistogram(3);
        AtomicLong failed = new AtomicLong();
        int conc = bench.intOpt("concurrency", 8);
        long t = System.nanoTime();
        Flux.range(0, ids.size())
                .flatMap(
                        i -> {
                            long s = System.nanoTime();
                            return bench.http()
                                    .call(
                                            "PATCH",
                                            "/v1.0/engagements/referrals/" + ids.get(i),
                                            bench.bobToken(),
                                            "application/json-patch+json",
                                            i % 2 == 0 ? accept : decline)
                                    .doOnNext(r -> {
                                        h.recordValue((System.nanoTime() - s) / 1000);
                                        if (r.status() != 204 && failed.getAndIncrement() == 0) {
                                            log("write failed: " + r.status() + " " + r.body());
                                        }
                                    });
                        },
                        conc)
                .blockLast();
        double secs = (System.nanoTime() - t) / 1e9;
        long events = eventCount() - events0;
        String sec = "4. writes";
        row(sec, "accept/decline per second (" + conc + " concurrent)", round(ids.size() / secs), null, null);
        row(sec, "accept/decline p50 / p99 (ms)", ms(h, 50) + " / " + ms(h, 99), null, null);
        row(sec, "events emitted per second (incl. notifications)", round(events / secs), null, null);
        row(sec, "failed writes", failed.get(), null, null);
    }

    private long eventCount() throws Exception {
        try (Connection c = bench.jdbc();
                Statement st = c.createStatement()) {
            return BulkLoad.count(st, "SELECT count(*) FROM referral_event");
        }
    }
}
