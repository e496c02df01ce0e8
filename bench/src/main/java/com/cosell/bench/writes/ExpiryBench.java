package com.cosell.bench.writes;

import static com.cosell.bench.Report.fmt;
import static com.cosell.bench.Report.log;
import static com.cosell.bench.Report.round;
import static com.cosell.bench.Report.row;

import com.cosell.backend.expiry.ExpiryJob;
import com.cosell.bench.Bench;
import com.cosell.bench.Repeated;
import com.cosell.bench.support.BulkLoad;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.env.Environment;

/**
 * Section 4: the expiry job over {@code expiry=} due referrals (each with the sender's copy),
 * {@code repeats=} times (3), each time checking that each was expired, evented and notified exactly
 * once; the row gives the median time and its spread.
 */
public final class ExpiryBench {

    private final Bench bench;

    public ExpiryBench(Bench bench) {
        this.bench = bench;
    }

    public void run() throws Exception {
        int n = bench.intOpt("expiry", 100000);
        int repeats = bench.intOpt("repeats", 3);
        int lanes = bench.bean(Environment.class).getProperty("cosell.expiry.parallelism", Integer.class, 2);
        List<Double> secs = new ArrayList<>();
        List<Double> statements = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        for (int run = 1; run <= repeats; run++) {
            log("expiry: run " + run + " of " + repeats);
            Run r = once(n, "Due " + run + " ", run == 1);
            secs.add(r.seconds());
            statements.add(round(r.statementSeconds() / lanes));
            rates.add(round(n / r.seconds()));
        }
        String sec = "4. expiry job";
        row(
                sec,
                "time to expire " + fmt(n) + " due referrals (s); raw: its statements' database time ÷ " + lanes
                        + " lanes",
                Repeated.of(secs),
                Repeated.of(statements),
                "<= 10 s");
        row(sec, "referrals expired per second", Repeated.of(rates), null, null);
    }

    /**
     * A run's time, and the database time of the statements it made: the raw baseline, what the job
     * would take if the JVM cost nothing and its lanes never waited for each other.
     */
    private record Run(double seconds, double statementSeconds) {}

    /** Loads n due referrals named prefix…, expires them, checks the outcome. */
    private Run once(int n, String prefix, boolean logStatements) throws Exception {
        log("expiring " + n + " due referrals ...");
        try (Connection c = bench.jdbc();
                Statement st = c.createStatement()) {
            BulkLoad.referrals(
                    c,
                    bench.template(),
                    n,
                    prefix,
                    "ARRAY['Received']",
                    "now() - interval '20 days' + make_interval(secs => g)",
                    "now() - interval '1 hour'");
            // The sender's (microsoft's) copy of each, so expiry also notifies the sender, as in real use.
            st.execute("""
                    INSERT INTO referral (id, engagement_id, organization_id, version, name, status, substatus, type, direction,
                        deal_value, currency, closing_at, customer_name, customer_city, customer_country, created_at, updated_at,
                        expiration_at, doc)
                    SELECT nid, engagement_id, 'microsoft', 1, name, 'Active', 'Accepted', type, 'Outgoing', deal_value, currency,
                        closing_at, customer_name, customer_city, customer_country, created_at, updated_at, NULL,
                        (doc - 'expirationDateTime') || jsonb_build_object('id', nid, 'organizationId', 'microsoft',
                            'direction', 'Outgoing', 'status', 'Active', 'substatus', 'Accepted')
                    FROM (SELECT gen_random_uuid() AS nid, * FROM referral WHERE name LIKE 'PREFIX%') d""".replace("PREFIX", prefix));
            st.execute("ANALYZE referral");
        }
        bench.resetStatementStats();
        ExpiryJob job = bench.bean(ExpiryJob.class);
        long t = System.nanoTime();
        Integer expired = job.run().block();
        double secs = (System.nanoTime() - t) / 1e9;
        double statementSecs = bench.statementSeconds();
        long events;
        long distinctEvents;
        long notes;
        long distinctNotes;
        long stillDue;
        try (Connection c = bench.jdbc();
                Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("""
                    SELECT count(*), count(DISTINCT e.referral_id) FROM referral_event e JOIN referral r ON r.id = e.referral_id
                    WHERE r.name LIKE 'PREFIX%' AND r.organization_id = 'contoso' AND e.type = 'referral-updated'
                  AND e.actor_name = 'Co-sell'""".replace("PREFIX", prefix))) {
                rs.next();
                events = rs.getLong(1);
                distinctEvents = rs.getLong(2);
            }
            try (ResultSet rs = st.executeQuery("""
                    SELECT count(*), count(DISTINCT n.referral_id) FROM notification n JOIN referral r ON r.id = n.referral_id
                    WHERE r.name LIKE 'PREFIX%' AND n.kind = 'EXPIRED'""".replace("PREFIX", prefix))) {
                rs.next();
                notes = rs.getLong(1);
                distinctNotes = rs.getLong(2);
            }
            stillDue = BulkLoad.count(
                    st, "SELECT count(*) FROM referral WHERE name LIKE '" + prefix + "%' AND substatus = 'Received'");
            try (ResultSet rs = st.executeQuery("""
                    SELECT count(*), count(DISTINCT e.referral_id) FROM referral_event e JOIN referral r ON r.id = e.referral_id
                    WHERE r.name LIKE 'PREFIX%' AND r.organization_id = 'microsoft' AND e.type = 'related-referral-updated'""".replace("PREFIX", prefix))) {
                rs.next();
                row(
                        "4. expiry job",
                        "sender events / distinct sender referrals",
                        rs.getLong(1) + " / " + rs.getLong(2),
                        null,
                        "each exactly once");
            }
        }
        if (logStatements) {
            bench.logStatementStats(6);
        }
        String sec = "4. expiry job";
        row(
                sec,
                "expired / events / distinct referrals in events",
                expired + " / " + events + " / " + distinctEvents,
                null,
                "each exactly once");
        row(
                sec,
                "EXPIRED notifications / distinct referrals",
                notes + " / " + distinctNotes,
                null,
                "each exactly once");
        row(sec, "left unexpired", stillDue, null, "0");
        if (expired == null || expired != n || stillDue != 0) {
            throw new IllegalStateException(expired + " of " + n + " expired, " + stillDue + " left");
        }
        return new Run(secs, statementSecs);
    }
}
