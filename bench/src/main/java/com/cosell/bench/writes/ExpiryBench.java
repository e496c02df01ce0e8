package com.cosell.bench.writes;

import static com.cosell.bench.Report.fmt;
import static com.cosell.bench.Report.log;
import static com.cosell.bench.Report.round;
import static com.cosell.bench.Report.row;

import com.cosell.backend.expiry.ExpiryJob;
import com.cosell.bench.Bench;
import com.cosell.bench.support.BulkLoad;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Section 4: one run of the expiry job over {@code expiry=} due referrals (each with the sender's copy),
 * then checks that each was expired, evented and notified exactly once.
 */
public final class ExpiryBench {

    private final Bench bench;

    public ExpiryBench(Bench bench) {
        this.bench = bench;
    }

    public void run() throws Exception {
        int n = bench.intOpt("expiry", 100000);
        log("expiring " + n + " due referrals ...");
        try (Connection c = bench.jdbc();
                Statement st = c.createStatement()) {
            BulkLoad.referrals(
                    c,
                    bench.template(),
                    n,
                    "Due ",
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
                    FROM (SELECT gen_random_uuid() AS nid, * FROM referral WHERE name LIKE 'Due %') d""");
            st.execute("ANALYZE referral");
        }
        bench.resetStatementStats();
        ExpiryJob job = bench.bean(ExpiryJob.class);
        long t = System.nanoTime();
        Integer expired = job.run().block();
        double secs = (System.nanoTime() - t) / 1e9;
        long events;
        long distinctEvents;
        long notes;
        long distinctNotes;
        long stillDue;
        try (Connection c = bench.jdbc();
                Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("""
                    SELECT count(*), count(DISTINCT e.referral_id) FROM referral_event e JOIN referral r ON r.id = e.referral_id
                    WHERE r.name LIKE 'Due %' AND r.organization_id = 'contoso' AND e.type = 'referral-updated'
                  AND e.actor_name = 'Co-sell'""")) {
                rs.next();
                events = rs.getLong(1);
                distinctEvents = rs.getLong(2);
            }
            try (ResultSet rs = st.executeQuery("""
                    SELECT count(*), count(DISTINCT n.referral_id) FROM notification n JOIN referral r ON r.id = n.referral_id
                    WHERE r.name LIKE 'Due %' AND n.kind = 'EXPIRED'""")) {
                rs.next();
                notes = rs.getLong(1);
                distinctNotes = rs.getLong(2);
            }
            stillDue = BulkLoad.count(
                    st, "SELECT count(*) FROM referral WHERE name LIKE 'Due %' AND substatus = 'Received'");
            try (ResultSet rs = st.executeQuery("""
                    SELECT count(*), count(DISTINCT e.referral_id) FROM referral_event e JOIN referral r ON r.id = e.referral_id
                    WHERE r.name LIKE 'Due %' AND r.organization_id = 'microsoft' AND e.type = 'related-referral-updated'""")) {
                rs.next();
                row(
                        "4. expiry job",
                        "sender events / distinct sender referrals",
                        rs.getLong(1) + " / " + rs.getLong(2),
                        null,
                        "each exactly once");
            }
        }
        bench.logStatementStats(6);
        String sec = "4. expiry job";
        row(sec, "time to expire " + fmt(n) + " due referrals (s)", round(secs), null, "<= 10 s");
        row(sec, "referrals expired per second", round((expired == null ? 0 : expired) / secs), null, null);
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
    }
}
