package com.cosell.bench.events;

import static com.cosell.bench.Report.log;
import static com.cosell.bench.Report.ms;
import static com.cosell.bench.Report.round;
import static com.cosell.bench.Report.row;

import com.cosell.bench.Bench;
import com.cosell.bench.Report;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Section 1's raw baseline: pg_notify committed by one JDBC connection, received by another that
 * LISTENs, with the payload of a real event; then the ratios of section 1's p99s to it.
 */
final class RawNotifyBench {

    private final Bench bench;

    RawNotifyBench(Bench bench) {
        this.bench = bench;
    }

    void run(String payload) throws Exception {
        log("raw LISTEN/NOTIFY ...");
        try (Connection listen = bench.jdbc();
                Connection notify = bench.jdbc()) {
            try (Statement s = listen.createStatement()) {
                s.execute("LISTEN bench");
            }
            PGConnection pgl = listen.unwrap(PGConnection.class);
            Histogram h = new Histogram(3);
            try (PreparedStatement ps = notify.prepareStatement("SELECT pg_notify('bench', ?)")) {
                for (int i = 0; i < 2200; i++) {
                    ps.setString(1, payload);
                    long t = System.nanoTime();
                    ps.execute();
                    PGNotification[] got = null;
                    while (got == null || got.length == 0) {
                        got = pgl.getNotifications(10_000);
                    }
                    if (i >= 200) {
                        h.recordValue((System.nanoTime() - t) / 1000);
                    }
                }
                int k = 5000;
                long t = System.nanoTime();
                for (int i = 0; i < k; i++) {
                    ps.setString(1, payload);
                    ps.execute();
                }
                int seen = 0;
                while (seen < k) {
                    PGNotification[] got = pgl.getNotifications(10_000);
                    if (got == null || got.length == 0) {
                        break;
                    }
                    seen += got.length;
                }
                double rate = seen / ((System.nanoTime() - t) / 1e9);
                row("1. raw baseline", "PostgreSQL NOTIFY->LISTEN p50 (ms)", ms(h, 50), null, null);
                row("1. raw baseline", "PostgreSQL NOTIFY->LISTEN p99 (ms)", ms(h, 99), null, null);
                row("1. raw baseline", "PostgreSQL NOTIFY->LISTEN max (ms)", ms(h, 100), null, null);
                row("1. raw baseline", "PostgreSQL notifies/s (one connection)", round(rate), null, null);
                ratios(h);
            }
        }
    }

    /** The ratio: Co-sell's p99 at each subscriber count vs raw LISTEN/NOTIFY p99. */
    private static void ratios(Histogram h) {
        for (Map<String, Object> r : Report.rows()) {
            String m = r.get("metric").toString();
            if (r.get("section").toString().startsWith("1. events")
                    && (m.equals("latency p99 (ms)") || m.startsWith("commit (seen by a LISTEN) -> WS frame p99"))
                    && r.get("cosell") instanceof Double c) {
                // commit -> frame is measured from the NOTIFY's arrival, so the raw NOTIFY p50 is added back
                double total = m.startsWith("commit") ? c + ms(h, 50) : c;
                Map<String, Object> x = row(
                        r.get("section").toString(),
                        (m.startsWith("commit") ? "(commit->frame p99 + NOTIFY p50)" : "(API write->frame p99)")
                                + " / raw LISTEN p99",
                        round(total / ms(h, 99)),
                        null,
                        r.get("section").toString().endsWith("1000 subscribers") ? "<= 3 x" : null);
                x.put("ratio", x.get("cosell"));
            }
        }
    }
}
